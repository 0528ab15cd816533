namespace VendorAudit.Web.Tests.Harness;

/// <summary>Waiting for background work (a job, an import, a restart) to show in what the test can read.</summary>
public static class Poll
{
    /// <summary>Reads until <paramref name="done"/> holds and returns that value; fails with <paramref name="failure"/> of the last read after <paramref name="timeout"/>.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout, Func<T, string> failure)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var value = await read();
            if (done(value)) return value;
            if (DateTime.UtcNow > deadline) Assert.Fail(failure(value));
            await Task.Delay(150);
        }
    }
}
