using System.Text.Json;
using VendorAudit.Domain.Scorecards;

namespace VendorAudit.Domain.Tests.Scorecards;

[TestFixture]
public sealed class TemplateFileTests
{
    [Test]
    public void The_hotline_quality_template_has_no_problems()
    {
        var template = Load("hotline-quality.v1.json");

        template.Problems().ShouldBeEmpty();
        template.Code.ShouldBe("hotline-quality");
        template.Version.ShouldBe(1);
    }

    [Test]
    public void The_hotline_quality_template_scores_the_four_dimensions_with_the_items_of_the_domain()
    {
        var template = Load("hotline-quality.v1.json");

        template.Sections.Select(s => s.Dimension).ShouldBe(Enum.GetValues<Dimension>());
        ItemIds(template, Dimension.Language).ShouldBe(["lang-understood", "lang-clear-correct", "lang-register"]);
        ItemIds(template, Dimension.Empathy).ShouldBe(["emp-acknowledged", "emp-personalised", "emp-not-rushed"]);
        ItemIds(template, Dimension.Resolution).ShouldBe(["res-ownership", "res-correct-complete", "res-escalated",
            "res-accurate-times", "res-callback-recorded", "res-identification-once"]);
        ItemIds(template, Dimension.Compliance).ShouldBe(["comp-no-hang-up", "comp-retention-limit", "comp-personal-data"]);
        template.Items.Select(i => i.Scale).Distinct().Count().ShouldBe(3);
    }

    [Test]
    public void Hanging_up_on_the_customer_zeroes_the_whole_hotline_scorecard()
    {
        var item = Load("hotline-quality.v1.json").Items.Single(i => i.Id == "comp-no-hang-up");

        item.Critical.ShouldBe(CriticalScope.Scorecard);
        item.AllowNotApplicable.ShouldBeFalse();
    }

    [Test]
    public void Every_compliance_item_of_the_hotline_template_is_critical()
    {
        var compliance = Load("hotline-quality.v1.json").Sections.Single(s => s.Dimension == Dimension.Compliance);

        compliance.Items.ShouldAllBe(i => i.Critical != CriticalScope.None && !i.AllowNotApplicable);
    }

    [Test]
    public void Every_template_file_is_named_after_its_code_and_version_and_can_be_published()
    {
        var files = Directory.GetFiles(TemplatesFolder(), "*.json");

        files.ShouldNotBeEmpty();
        foreach (var file in files)
        {
            var template = Load(Path.GetFileName(file));
            Path.GetFileName(file).ShouldBe($"{template.Code}.v{template.Version}.json");
            template.Problems().ShouldBeEmpty(Path.GetFileName(file));
        }
    }

    [Test]
    public void The_test_builder_makes_a_template_that_can_be_published()
    {
        new TemplateBuilder().Build().Problems().ShouldBeEmpty();
    }

    [Test]
    public void A_template_without_a_compliance_section_is_refused()
    {
        var problems = new TemplateBuilder().Without(Dimension.Compliance).Build().Problems();

        problems.ShouldContain("sections: no section for the Compliance dimension.");
    }

    [Test]
    public void A_template_using_an_item_id_twice_is_refused()
    {
        var problems = new TemplateBuilder()
            .With(Dimension.Language, TemplateBuilder.Item("repeated"))
            .With(Dimension.Empathy, TemplateBuilder.Item("repeated"))
            .Build().Problems();

        problems.ShouldContain("items[repeated]: id used more than once.");
    }

    [Test]
    public void A_critical_item_that_allows_not_applicable_is_refused()
    {
        var problems = new TemplateBuilder()
            .With(Dimension.Compliance, TemplateBuilder.Item("no-hang-up", CriticalScope.Scorecard, allowNotApplicable: true))
            .Build().Problems();

        problems.ShouldContain("sections[compliance].items[no-hang-up]: a critical item cannot be N/A.");
    }

    [Test]
    public void A_non_critical_item_may_allow_not_applicable()
    {
        var problems = new TemplateBuilder()
            .With(Dimension.Resolution, TemplateBuilder.Item("callback-recorded", allowNotApplicable: true))
            .Build().Problems();

        problems.ShouldBeEmpty();
    }

    [Test]
    public void An_item_without_a_French_label_is_refused()
    {
        var item = TemplateBuilder.Item("clear-language") with { Label = new LocalizedText("Clear language", " ") };

        var problems = new TemplateBuilder().With(Dimension.Language, item).Build().Problems();

        problems.ShouldContain("sections[language].items[clear-language].label: English and French text required.");
    }

    [Test]
    public void A_template_file_with_an_unknown_field_is_not_read()
    {
        var json = File.ReadAllText(Path.Combine(TemplatesFolder(), "hotline-quality.v1.json"))
            .Replace("\"allowNotApplicable\"", "\"allowNA\"", StringComparison.Ordinal);

        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<ScorecardTemplate>(json, TemplateFiles.Json));
    }

    private static IEnumerable<string> ItemIds(ScorecardTemplate template, Dimension dimension) =>
        template.Sections.Where(s => s.Dimension == dimension).SelectMany(s => s.Items).Select(i => i.Id);

    private static ScorecardTemplate Load(string fileName) => TemplateFiles.Load(fileName);

    private static string TemplatesFolder() => TemplateFiles.Folder();
}
