using Quartz;
using VendorAudit.Infrastructure.Jobs;

namespace VendorAudit.Web.Jobs;

/// <summary>
/// The whole schedule, in one place. Everything else runs on demand: an upload's import, and the
/// detection of the months an import touched.
/// </summary>
public static class JobSchedule
{
    public static void Apply(IQuartzBuilder quartz)
    {
        quartz.AddTrigger(trigger => trigger
            .ForJob(NightlyDetectionJob.Key)
            .WithIdentity("nightly-detection", "detection")
            .WithDescription("Every night at 02:30 UTC")
            .WithCronSchedule("0 30 2 * * ?", cron => cron.InTimeZone(TimeZoneInfo.Utc)));
        // After detection, so that findings confirmed or refreshed during the day count.
        quartz.AddTrigger(trigger => trigger
            .ForJob(NightlyScoresJob.Key)
            .WithIdentity("nightly-scores", "scores")
            .WithDescription("Every night at 03:30 UTC")
            .WithCronSchedule("0 30 3 * * ?", cron => cron.InTimeZone(TimeZoneInfo.Utc)));
        // After the night's detection and scores, which read the callers of the latest months only.
        quartz.AddTrigger(trigger => trigger
            .ForJob(RetentionJob.Key)
            .WithIdentity("retention", "privacy")
            .WithDescription("Every night at 04:30 UTC")
            .WithCronSchedule("0 30 4 * * ?", cron => cron.InTimeZone(TimeZoneInfo.Utc)));
        // After the 1st's nightly detection has seen the whole month, so the plan pulls in its findings' calls.
        quartz.AddTrigger(trigger => trigger
            .ForJob(MonthlySamplingJob.Key)
            .WithIdentity("monthly-sampling", "audit")
            .WithDescription("On the 2nd of every month at 04:00 UTC")
            .WithCronSchedule("0 0 4 2 * ?", cron => cron.InTimeZone(TimeZoneInfo.Utc)));
    }
}
