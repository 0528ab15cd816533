using System.Security.Cryptography;
using System.Text;
using VendorAudit.Infrastructure.Privacy;

namespace VendorAudit.Web.Tests.Imports;

[TestFixture]
public sealed class CallerPseudonymiserTests
{
    private static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
    private readonly CallerPseudonymiser pseudonymiser = new(CallerHashKey.FromBase64(Convert.ToBase64String(Key)), "33");

    [Test]
    public void A_caller_is_the_keyed_hash_of_the_number_in_E164_however_written()
    {
        var expected = HMACSHA256.HashData(Key, Encoding.ASCII.GetBytes("+33612345678"));
        pseudonymiser.Hash("06 12 34 56 78").ShouldBe(expected);
        pseudonymiser.Hash("+33 6 12 34 56 78").ShouldBe(expected);
        pseudonymiser.Hash("0033612345678").ShouldBe(expected);
        pseudonymiser.Hash("anonymous").ShouldBeNull();
    }

    [Test]
    public async Task Threads_hashing_at_once_each_get_the_same_hashes()
    {
        var numbers = Enumerable.Range(0, 2_000).Select(i => $"+4477009{i:D5}").ToArray();
        var expected = numbers.Select(n => HMACSHA256.HashData(Key, Encoding.ASCII.GetBytes(n))).ToArray();
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => numbers.Select(pseudonymiser.Hash).ToArray())));
        foreach (var hashes in results) hashes.ShouldBe(expected);
    }
}
