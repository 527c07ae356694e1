using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Data;
using Portal.Web.Features.Intake;
using Portal.Web.Features.Organisation;

namespace Portal.Web.Features.Cases;

public sealed record ConflictMatch(IReadOnlyDictionary<Guid, RecusalReason> Recused, CaseLevel Level)
{
    public static readonly ConflictMatch None = new(new Dictionary<Guid, RecusalReason>(), CaseLevel.Unit);
}

/// <summary>
/// Matches the persons a report names against the staff directory, in memory at intake (the names are never
/// stored in the clear). A match is conservative: two people with the same name both stay away from the case.
/// </summary>
public sealed class ConflictMatcher(IDbContextFactory<PortalDbContext> contexts, OrganisationDirectory directory, IOptions<CaseOptions> options)
{
    public async Task<ConflictMatch> MatchAsync(IReadOnlyList<PersonConcerned> persons, CancellationToken cancellationToken = default)
    {
        var names = persons.Select(p => Normalize(p.Name)).Where(n => n.Length > 0).ToHashSet();
        if (names.Count == 0)
        {
            return ConflictMatch.None;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var root = await db.Units.Where(u => u.ParentId == null).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken);
        var staff = await db.StaffMembers.AsNoTracking().Where(s => s.IsActive)
            .Select(s => new { s.Id, s.FullName, s.UnitId, s.UnitRole }).ToListAsync(cancellationToken);
        var matched = staff.Where(s => names.Contains(Normalize(s.FullName))).ToList();
        if (matched.Count == 0)
        {
            return ConflictMatch.None;
        }

        // The Department's leaders settle cases about unit heads, so being above someone does not exclude them.
        var departmentLeaders = staff.Where(s => s.UnitId == root && s.UnitRole != UnitRole.Member).Select(s => s.Id).ToHashSet();
        var level = matched.Any(m => departmentLeaders.Contains(m.Id)) ? CaseLevel.ProvincialCommittee
            : matched.Any(m => m.UnitRole != UnitRole.Member) ? CaseLevel.Director
            : CaseLevel.Unit;

        var members = new Dictionary<Guid, RecusalReason>();
        foreach (var m in matched)
        {
            members[m.Id] = RecusalReason.NamedInReport;
            foreach (var manager in (await directory.ChainOfCommandAsync(m.Id, cancellationToken)).Take(options.Value.RecusedManagerLevels))
            {
                if (!departmentLeaders.Contains(manager))
                {
                    members.TryAdd(manager, RecusalReason.LineManager);
                }
            }
        }

        var accounts = await db.Users.AsNoTracking().Where(u => u.StaffMemberId != null && members.Keys.Contains(u.StaffMemberId.Value))
            .Select(u => new { u.Id, StaffMemberId = u.StaffMemberId!.Value }).ToListAsync(cancellationToken);
        return new ConflictMatch(accounts.ToDictionary(a => a.Id, a => members[a.StaffMemberId]), level);
    }

    /// <summary>Case, spacing and Vietnamese diacritics do not matter ("Nguyễn  Văn An" = "nguyen van an").</summary>
    public static string Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }

        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }

        return string.Join(' ', builder.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
