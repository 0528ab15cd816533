using VendorAudit.Web.Features.Scores;

namespace VendorAudit.Web.Tests.Scores;

[TestFixture]
public sealed class ScoreExportTests
{
    [TestCase("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [TestCase("+33 1 23", "'+33 1 23")]
    [TestCase("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0")]
    [TestCase("@SUM(A1)", "'@SUM(A1)")]
    [TestCase("-12.50", "-12.50")]
    [TestCase("Atlas, Casablanca", "\"Atlas, Casablanca\"")]
    public void Cells_that_a_spreadsheet_would_run_as_formulas_are_neutralised(string value, string expected) =>
        ScoreExport.Cell(value).ShouldBe(expected);
}
