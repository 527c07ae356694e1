using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Web.Features.Integrity.Draw;

/// <summary>One person who may be drawn: their unit, their id, and whether they are the unit's head or a deputy.</summary>
public sealed record Eligible(Guid UnitId, Guid StaffId, bool IsLeader);

public sealed record Drawn(Guid UnitId, Guid StaffId);

/// <summary>
/// The verification draw (Decree 130/2020 Arts 14-16), deterministic from a published seed and the published
/// eligible list so that witnesses can re-run it (docs/verification-draw.md, docs/draw_verify.py):
/// <list type="number">
/// <item>Every label gets the score HMAC-SHA256(key = UTF-8 seed, message = UTF-8 label), compared as lowercase hex.</item>
/// <item>Units ("unit:" + id) are ordered by score; the first ceil(20% of units) are selected.</item>
/// <item>In each selected unit people ("person:" + id) are ordered by score; n = ceil(10% of the unit's eligible people);
/// the best-scoring head or deputy is taken first (when the unit has one), then the best-scoring others up to n.</item>
/// </list>
/// Ids are written in lowercase "D" format; ties (never seen with a 256-bit score) fall back to the id.
/// </summary>
public static class DrawAlgorithm
{
    public const int UnitPercent = 20;
    public const int PersonPercent = 10;

    public static IReadOnlyList<Drawn> Run(string seed, IReadOnlyCollection<Eligible> eligible)
    {
        ArgumentException.ThrowIfNullOrEmpty(seed);
        var key = Encoding.UTF8.GetBytes(seed);
        var byUnit = eligible.GroupBy(e => e.UnitId).ToDictionary(g => g.Key, g => g.ToList());
        var units = byUnit.Keys.OrderBy(u => Score(key, "unit:" + Id(u)), StringComparer.Ordinal).ThenBy(Id, StringComparer.Ordinal)
            .Take(CeilPercent(byUnit.Count, UnitPercent)).ToList();
        var result = new List<Drawn>();
        foreach (var unit in units)
        {
            var people = byUnit[unit].OrderBy(p => Score(key, "person:" + Id(p.StaffId)), StringComparer.Ordinal).ThenBy(p => Id(p.StaffId), StringComparer.Ordinal).ToList();
            var take = CeilPercent(people.Count, PersonPercent);
            var chosen = people.FirstOrDefault(p => p.IsLeader) is { } leader ? [leader] : new List<Eligible>();
            chosen.AddRange(people.Where(p => !chosen.Contains(p)).Take(take - chosen.Count));
            result.AddRange(chosen.Select(p => new Drawn(unit, p.StaffId)));
        }

        return result;
    }

    /// <summary>The list as published: one "unit,person,L|M" line per person, sorted, each ending in \n.</summary>
    public static string Canonical(IEnumerable<Eligible> eligible) =>
        string.Concat(eligible.Select(e => $"{Id(e.UnitId)},{Id(e.StaffId)},{(e.IsLeader ? 'L' : 'M')}\n").Order(StringComparer.Ordinal));

    public static IReadOnlyList<Eligible> Parse(string canonical) =>
        canonical.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(','))
            .Select(f => new Eligible(Guid.Parse(f[0], CultureInfo.InvariantCulture), Guid.Parse(f[1], CultureInfo.InvariantCulture), f[2] == "L"))
            .ToList();

    public static string Sha256(string canonical) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));

    /// <summary>ceil(count · percent / 100), and at least one when there is anyone.</summary>
    public static int CeilPercent(int count, int percent) => count == 0 ? 0 : Math.Max(1, (count * percent + 99) / 100);

    private static string Score(byte[] key, string label) => Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(label)));

    private static string Id(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);
}
