using VendorAudit.Infrastructure.Caching;
using VendorAudit.Web.Features.Agents;
using VendorAudit.Web.Features.Calls;
using VendorAudit.Web.Features.Home;
using VendorAudit.Web.Features.Imports;
using VendorAudit.Web.Features.Users;
using VendorAudit.Web.Features.Vendors;

namespace VendorAudit.Web.Features;

/// <summary>The use-case handlers of every feature folder, one line each.</summary>
public static class FeatureServices
{
    public static IServiceCollection AddFeatures(this IServiceCollection services) => services
        .AddReadCache()
        .AddScoped<Shared.VendorChoices>()
        .AddScoped<Dashboard>()
        .AddScoped<VendorList>()
        .AddScoped<VendorDetails>()
        .AddScoped<VendorEditor>()
        .AddScoped<CallSearch>()
        .AddScoped<CallView>()
        .AddScoped<AgentDetails>()
        .AddScoped<UserDirectory>()
        .AddScoped<ImportHistory>()
        .AddScoped<UploadReceiver>()
        .AddScoped<Jobs.JobBoard>()
        .AddScoped<Findings.FindingList>()
        .AddScoped<Findings.FindingView>()
        .AddScoped<Findings.FindingDecisions>()
        .AddScoped<TranscriptUpload>()
        .AddScoped<Audits.WorkQueue>()
        .AddScoped<Audits.QueueActions>()
        .AddScoped<Audits.PlanDesk>()
        .AddScoped<Scorecards.ScorecardList>()
        .AddScoped<Scorecards.ScorecardPage>()
        .AddScoped<Scorecards.ScorecardSaving>()
        .AddScoped<Scorecards.ScoreRefresh>()
        .AddScoped<Scorecards.ScorecardHistory>()
        .AddScoped<Disputes.DisputeDesk>()
        .AddScoped<Calibration.CalibrationDesk>()
        .AddScoped<Calibration.CalibrationReportQuery>()
        .AddScoped<Templates.TemplateLibrary>()
        .AddScoped<Scores.ScoreBoard>()
        .AddScoped<Contracts.ContractDesk>()
        .AddScoped<Reports.ReportLibrary>();
}
