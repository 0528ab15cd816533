using Quartz;
using VendorAudit.Infrastructure.Imports;
using VendorAudit.Infrastructure.Tenancy;

namespace VendorAudit.Infrastructure.Jobs;

/// <summary>Imports one portal upload (one file: a batch, never one call). Recovered by another instance if this one dies.</summary>
[DisallowConcurrentExecution]
public sealed class ImportUploadJob(UploadProcessor processor) : IJob
{
    public static readonly JobKey Key = new("import-upload", "imports");
    public const string UploadId = "uploadId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        using var _ = SystemScope.Enter();
        await processor.ProcessAsync(context.MergedJobDataMap.GetLong(UploadId), cancellationToken);
    }
}
