using VendorAudit.Seed;

namespace VendorAudit.Domain.Tests.Seed;

[TestFixture]
public sealed class TruthFileTests
{
    [Test]
    public void The_committed_truth_file_is_what_the_full_demo_plants()
    {
        var committed = File.ReadAllText(Path.Combine(RepositoryRoot(), "seed", "truth.json")).ReplaceLineEndings("\n");

        committed.ShouldBe(TruthFile.ToJson(new DemoDataGenerator(DemoOptions.Full).Truth));
    }

    [Test]
    public void The_truth_reads_back_as_it_was_written()
    {
        var json = TruthFile.ToJson(new DemoDataGenerator(DemoOptions.Small).Truth);

        var truth = TruthFile.FromJson(json);

        TruthFile.ToJson(truth).ShouldBe(json);
        truth.Seed.ShouldBe(DemoOptions.Small.Seed);
        truth.FirstPeriod.ShouldBe("2026-08");
        truth.Planted.ShouldContain(p => p.Agent == null);
    }

    [Test]
    public void The_truth_file_is_camel_case_json()
    {
        var json = TruthFile.ToJson(new DemoDataGenerator(DemoOptions.Small).Truth);

        json.ShouldContain("\"hardNegatives\": [");
        json.ShouldContain("\"cleanVendors\": [");
        json.ShouldEndWith("}\n");
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "VendorAudit.sln"))) return folder.FullName;
        throw new InvalidOperationException("VendorAudit.sln not found above the test directory.");
    }
}
