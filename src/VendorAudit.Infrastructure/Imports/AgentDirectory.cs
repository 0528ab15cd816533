using Npgsql;

namespace VendorAudit.Infrastructure.Imports;

/// <summary>
/// A vendor's agents by the name its platform gives them, for a load to write agent ids directly.
/// New agents are added in the load's transaction, so a load rolled back leaves none behind.
/// </summary>
internal sealed class AgentDirectory(NpgsqlConnection connection, int vendorId)
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);

    public bool TryGet(string name, out int? id)
    {
        var known = ids.TryGetValue(name, out var found);
        id = known ? found : null;
        return known;
    }

    public int IdOf(string name) => ids[name];

    public Task LoadAsync(CancellationToken cancellationToken) =>
        ReadAsync("SELECT name, id FROM agents WHERE vendor_id = @vendor", null, cancellationToken);

    public async Task AddAsync(IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var fresh = names.Where(n => !ids.ContainsKey(n)).Distinct(StringComparer.Ordinal).ToArray();
        if (fresh.Length == 0) return;
        // ON CONFLICT: another import for the vendor may add the same agent; then it is read back as theirs.
        await CallBulkLoader.ExecuteAsync(connection, """
            INSERT INTO agents (vendor_id, name) SELECT @vendor, unnest(@names)
            ON CONFLICT (vendor_id, name) DO NOTHING
            """, cancellationToken, ("vendor", vendorId), ("names", fresh));
        await ReadAsync("SELECT name, id FROM agents WHERE vendor_id = @vendor AND name = ANY(@names)", fresh, cancellationToken);
    }

    private async Task ReadAsync(string sql, string[]? names, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("vendor", vendorId);
        if (names is not null) command.Parameters.AddWithValue("names", names);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) ids[reader.GetString(0)] = reader.GetInt32(1);
    }
}
