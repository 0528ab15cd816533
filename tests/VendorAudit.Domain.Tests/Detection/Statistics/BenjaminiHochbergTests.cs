using VendorAudit.Domain.Detection.Statistics;

namespace VendorAudit.Domain.Tests.Detection.Statistics;

[TestFixture]
public sealed class BenjaminiHochbergTests
{
    [Test]
    public void Q_values_are_p_times_m_over_rank_made_monotone()
    {
        // Sorted: 0.005·4/1 = 0.02, 0.01·4/2 = 0.02, 0.03·4/3 = 0.04, 0.04·4/4 = 0.04.
        var q = BenjaminiHochberg.QValues([0.01, 0.04, 0.03, 0.005]);

        q[0].ShouldBe(0.02, 1e-15);
        q[1].ShouldBe(0.04, 1e-15);
        q[2].ShouldBe(0.04, 1e-15);
        q[3].ShouldBe(0.02, 1e-15);
    }

    [Test]
    public void A_larger_p_value_later_in_the_order_pulls_the_earlier_q_values_down()
    {
        // 0.01·5 = 0.05, 0.02·5/2 = 0.05, …, 0.05·5/5 = 0.05: the step-up makes them all 0.05.
        BenjaminiHochberg.QValues([0.01, 0.02, 0.03, 0.04, 0.05]).ShouldAllBe(q => Math.Abs(q - 0.05) < 1e-15);
    }

    [Test]
    public void The_textbook_example_of_benjamini_and_hochberg_rejects_four_of_fifteen_at_five_percent()
    {
        double[] p = [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262, 0.5719, 0.6528, 0.7590, 1.000];

        BenjaminiHochberg.QValues(p).Count(q => q <= 0.05).ShouldBe(4);
    }

    [Test]
    public void Q_values_never_exceed_one_and_never_fall_below_p()
    {
        double[] p = [0.9, 0.5, 0.99, 0.2];
        var q = BenjaminiHochberg.QValues(p);

        for (var i = 0; i < p.Length; i++) q[i].ShouldBeInRange(p[i], 1);
    }

    [Test]
    public void A_p_value_outside_zero_to_one_is_refused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => BenjaminiHochberg.QValues([0.1, 1.5]));
}
