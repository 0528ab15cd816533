using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace VendorAudit.Infrastructure.Jobs;

/// <summary>
/// Quartz on PostgreSQL: a clustered job store (its tables created if missing) so several portal
/// instances share the work, run each job once, and take over the jobs of an instance that died.
/// </summary>
public static class JobsSetup
{
    public static IHostApplicationBuilder AddJobs(this IHostApplicationBuilder builder, Action<IQuartzBuilder>? schedule = null)
    {
        var connectionString = builder.Configuration.ConnectionString();
        builder.Services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = "VendorAudit";
                scheduler.GenerateInstanceId = true; // one id per instance, as clustering requires
            });
            quartz.UsePersistentStore(store =>
            {
                store.UsePostgres(connectionString);
                store.UseClustering();
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
                store.UseExecutionHistory();
            });
            // A failed run is retried three times, 30 s, 1 min and 2 min later, before it counts as failed.
            quartz.UseDefaultRetryPolicy(RetryPolicy.Exponential(3, TimeSpan.FromSeconds(30), 2, TimeSpan.FromMinutes(10)));
            quartz.AddJob<ImportUploadJob>(job => job.WithIdentity(ImportUploadJob.Key).StoreDurably().RequestRecovery()
                .WithDescription("Imports one uploaded call file"));
            quartz.AddJob<DetectionJob>(job => job.WithIdentity(DetectionJob.Key).StoreDurably().RequestRecovery()
                .WithDescription("Detects abuses in one vendor's month"));
            quartz.AddJob<NightlyDetectionJob>(job => job.WithIdentity(NightlyDetectionJob.Key).StoreDurably()
                .WithDescription("Queues detection of every vendor's two latest months"));
            quartz.AddJob<MonthlySamplingJob>(job => job.WithIdentity(MonthlySamplingJob.Key).StoreDurably()
                .WithDescription("Draws last month's sampling plan for every vendor with calls"));
            quartz.AddJob<ScoresJob>(job => job.WithIdentity(ScoresJob.Key).StoreDurably().RequestRecovery()
                .WithDescription("Recomputes every vendor's scores for one period"));
            quartz.AddJob<NightlyScoresJob>(job => job.WithIdentity(NightlyScoresJob.Key).StoreDurably()
                .WithDescription("Queues the scores of the three latest periods"));
            quartz.AddJob<ReportJob>(job => job.WithIdentity(ReportJob.Key).StoreDurably().RequestRecovery()
                .WithDescription("Renders every vendor's contract-review report for one period"));
            quartz.AddJob<RetentionJob>(job => job.WithIdentity(RetentionJob.Key).StoreDurably()
                .WithDescription("Anonymises call data older than the retention period"));
            schedule?.Invoke(quartz);
        });
        builder.Services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        builder.Services.AddSingleton<Imports.UploadProcessor>();

        return builder;
    }
}
