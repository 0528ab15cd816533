using VendorAudit.Domain.Scorecards;

namespace VendorAudit.Domain.Tests.Scorecards;

[TestFixture]
public sealed class PublishedTemplateTests
{
    private static readonly DateTimeOffset PublishedAt = new(2026, 9, 1, 7, 0, 0, TimeSpan.Zero);

    [Test]
    public void Publishing_keeps_the_definition_as_written_and_the_english_title()
    {
        var template = TemplateFiles.HotlineQuality();
        var definition = File.ReadAllText(Path.Combine(TemplateFiles.Folder(), "hotline-quality.v1.json"));

        var published = new PublishedTemplate(template, definition, "lead-auditor", PublishedAt);

        published.Code.ShouldBe("hotline-quality");
        published.Version.ShouldBe(1);
        published.Title.ShouldBe("Hotline call quality");
        published.Definition.ShouldBe(definition);
        published.PublishedBy.ShouldBe("lead-auditor");
        published.PublishedAt.ShouldBe(PublishedAt);
    }

    [Test]
    public void A_template_with_problems_is_refused_with_every_problem()
    {
        var template = new TemplateBuilder().Without(Dimension.Empathy)
            .With(Dimension.Compliance, TemplateBuilder.Item("comp-optional", CriticalScope.Section, allowNotApplicable: true))
            .Build();

        var e = Should.Throw<DomainException>(() => new PublishedTemplate(template, "{}", "lead-auditor", PublishedAt));

        e.Message.ShouldContain("no section for the Empathy dimension");
        e.Message.ShouldContain("items[comp-optional]: a critical item cannot be N/A");
    }
}
