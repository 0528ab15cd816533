using Microsoft.AspNetCore.Http.Extensions;

namespace VendorAudit.Web.Features.Shared;

/// <summary>Where a paged list stands, and links to its neighbours that keep the current filters.</summary>
public sealed record Page(int Number, int Size, long Total, string Path, IReadOnlyDictionary<string, string?> Filters)
{
    public int PageCount => (int)Math.Max(1, (Total + Size - 1) / Size);

    public int Skip => (Number - 1) * Size;

    public static int Clamp(int? requested) => Math.Max(1, requested ?? 1);

    public string LinkTo(int number)
    {
        var query = new QueryBuilder(Filters.Where(f => !string.IsNullOrEmpty(f.Value)).Select(f => new KeyValuePair<string, string>(f.Key, f.Value!)))
        {
            { "page", number.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };
        return Path + query.ToQueryString();
    }
}
