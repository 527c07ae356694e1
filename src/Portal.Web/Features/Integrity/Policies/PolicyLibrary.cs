using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Deadlines.Duties;
using Portal.Web.Features.Deadlines.Rules;
using Portal.Web.Features.Integrity.Declarations;
using Portal.Web.Features.Organisation;

namespace Portal.Web.Features.Integrity.Policies;

public sealed record PolicyInput(string Code, string Title, PolicyAudience Audience, string Summary, string LegalBasis, DateOnly EffectiveFrom);

public sealed record PolicyLine(Guid PolicyId, string Code, string Title, PolicyAudience Audience, Guid VersionId, int Number, string Summary, string LegalBasis,
    DateOnly EffectiveFrom, DateOnly AcknowledgeBy, DateTimeOffset? AcknowledgedAt);

public sealed record Coverage(Guid UnitId, string Unit, int Applicable, int Acknowledged);

/// <summary>The policy library: versions with effective dates, who they apply to, acknowledgements, and coverage per unit.</summary>
public sealed class PolicyLibrary(IDbContextFactory<PortalDbContext> contexts, DueDates dueDates, TimeProvider clock, Audit.AuditLog audit, PolicyDuties duties)
{
    public const string AcknowledgeRule = "policy.acknowledge";

    /// <summary>Publishes a policy's next version (or its first); an earlier effective date than the current version's is refused.</summary>
    public async Task<IntegrityResult> PublishAsync(IntegrityActor by, PolicyInput input, CancellationToken cancellationToken = default)
    {
        var actor = by.UserId;
        if (!by.IsPersonnelOfficer)
        {
            await audit.AppendAsync(IntegrityAudit.Refused, actor, input.Code, $"action=policy.publish;problem={IntegrityResult.NotPermitted}", cancellationToken);
            return IntegrityResult.Refused(IntegrityResult.NotPermitted);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var policy = await db.Policies.FirstOrDefaultAsync(p => p.Code == input.Code.Trim(), cancellationToken);
        var last = policy is null ? null : await db.PolicyVersions.Where(v => v.PolicyId == policy.Id).OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        var problem = string.IsNullOrWhiteSpace(input.Code) || string.IsNullOrWhiteSpace(input.Title) || string.IsNullOrWhiteSpace(input.Summary) || string.IsNullOrWhiteSpace(input.LegalBasis)
            ? "Gifts.Error.Required"
            : input.Code.Length > 32 || input.Title.Length > 200 || input.Summary.Length > 4000 || input.LegalBasis.Length > 300 ? "Declarations.Error.TooLong"
            : last is not null && input.EffectiveFrom <= last.EffectiveFrom ? "Policies.Error.EffectiveOrder"
            : null;
        if (problem is not null)
        {
            await audit.AppendAsync(IntegrityAudit.Refused, actor, input.Code, $"action=policy.publish;problem={problem}", cancellationToken);
            return IntegrityResult.Refused(problem);
        }

        if (policy is null)
        {
            policy = new Policy { Code = input.Code.Trim(), Title = input.Title.Trim(), Audience = input.Audience };
            db.Policies.Add(policy);
        }
        else
        {
            (policy.Title, policy.Audience) = (input.Title.Trim(), input.Audience);
        }

        var version = new PolicyVersion
        {
            PolicyId = policy.Id, Number = (last?.Number ?? 0) + 1, Summary = input.Summary.Trim(), LegalBasis = input.LegalBasis.Trim(), EffectiveFrom = input.EffectiveFrom,
            AcknowledgeBy = (await dueDates.ForAsync(AcknowledgeRule, input.EffectiveFrom, cancellationToken))?.Date ?? input.EffectiveFrom,
            PublishedAt = clock.GetUtcNow(), PublishedBy = actor,
        };
        db.PolicyVersions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(IntegrityAudit.PolicyPublished, actor, policy.Code, $"version={version.Number};from={version.EffectiveFrom:yyyy-MM-dd}", cancellationToken);
        // In force today: everyone it applies to owes an acknowledgement now. A later date waits for the nightly sync.
        if (version.EffectiveFrom <= DepartmentDate.Today(clock))
        {
            await duties.SyncAsync(cancellationToken);
        }

        return IntegrityResult.Ok(version.Id);
    }

    /// <summary>The versions in force today that apply to this person, with their acknowledgement if any.</summary>
    public async Task<IReadOnlyList<PolicyLine>> ForStaffAsync(Guid staffId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var person = (await Audiences(db.StaffMembers.Where(s => s.Id == staffId)).ToListAsync(cancellationToken)).FirstOrDefault();
        if (person is null)
        {
            return [];
        }

        var acks = await db.PolicyAcknowledgements.Where(a => a.StaffMemberId == staffId).ToDictionaryAsync(a => a.PolicyVersionId, a => a.AcknowledgedAt, cancellationToken);
        return (await InForceAsync(db, cancellationToken)).Where(l => Applies(l.Audience, person))
            .Select(l => l with { AcknowledgedAt = acks.TryGetValue(l.VersionId, out var at) ? at : null }).ToList();
    }

    public async Task<IntegrityResult> AcknowledgeAsync(IntegrityActor actor, Guid versionId, CancellationToken cancellationToken = default)
    {
        var mine = actor.StaffId is { } staffId ? await ForStaffAsync(staffId, cancellationToken) : [];
        var line = mine.FirstOrDefault(l => l.VersionId == versionId);
        var problem = actor.StaffId is null ? "Declarations.Error.NoStaffRecord"
            : line is null ? "Policies.Error.NotApplicable"
            : line.AcknowledgedAt is not null ? "Policies.Error.AlreadyAcknowledged"
            : null;
        if (problem is not null)
        {
            await audit.AppendAsync(IntegrityAudit.Refused, actor.UserId, versionId.ToString(), $"action=policy.acknowledge;problem={problem}", cancellationToken);
            return IntegrityResult.Refused(problem);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.PolicyAcknowledgements.Add(new PolicyAcknowledgement { PolicyVersionId = versionId, StaffMemberId = actor.StaffId!.Value, AcknowledgedAt = clock.GetUtcNow() });
        await DutyClocks.CloseAsync(db, DutyKinds.PolicyAcknowledgement, PolicyDuties.Subject(versionId, actor.StaffId.Value), DepartmentDate.Today(clock), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(IntegrityAudit.PolicyAcknowledged, actor.UserId, versionId.ToString(), null, cancellationToken);
        return IntegrityResult.Ok(versionId);
    }

    public async Task<IReadOnlyList<PolicyLine>> InForceAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await InForceAsync(db, cancellationToken);
    }

    /// <summary>Per unit and per policy in force: how many people it applies to and how many acknowledged the current version.</summary>
    public async Task<IReadOnlyList<(PolicyLine Policy, IReadOnlyList<Coverage> Units)>> CoverageAsync(IntegrityActor actor, CancellationToken cancellationToken = default) =>
        actor.IsPersonnelOfficer ? await CoverageAsync(cancellationToken) : [];

    /// <summary>Counts only, no names: what the periodic report publishes (its own module decides who reads the report).</summary>
    public async Task<IReadOnlyList<(PolicyLine Policy, IReadOnlyList<Coverage> Units)>> CoverageAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var people = await Audiences(db.StaffMembers).ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().OrderBy(u => u.SortOrder).Select(u => new { u.Id, u.Name }).ToListAsync(cancellationToken);
        var result = new List<(PolicyLine, IReadOnlyList<Coverage>)>();
        foreach (var line in await InForceAsync(db, cancellationToken))
        {
            var acked = (await db.PolicyAcknowledgements.Where(a => a.PolicyVersionId == line.VersionId).Select(a => a.StaffMemberId).ToListAsync(cancellationToken)).ToHashSet();
            var applicable = people.Where(p => Applies(line.Audience, p)).ToList();
            result.Add((line, units.Select(u => new Coverage(u.Id, u.Name, applicable.Count(p => p.UnitId == u.Id), applicable.Count(p => p.UnitId == u.Id && acked.Contains(p.Id))))
                .Where(c => c.Applicable > 0).ToList()));
        }

        return result;
    }

    private Task<IReadOnlyList<PolicyLine>> InForceAsync(PortalDbContext db, CancellationToken ct) => InForceAsync(db, DepartmentDate.Today(clock), ct);

    internal static async Task<IReadOnlyList<PolicyLine>> InForceAsync(PortalDbContext db, DateOnly today, CancellationToken ct)
    {
        var versions = await db.PolicyVersions.AsNoTracking().Where(v => v.EffectiveFrom <= today)
            .Join(db.Policies, v => v.PolicyId, p => p.Id, (v, p) => new { v, p }).ToListAsync(ct);
        return versions.GroupBy(x => x.p.Id).Select(g => g.OrderByDescending(x => x.v.Number).First())
            .OrderBy(x => x.p.Code, StringComparer.Ordinal)
            .Select(x => new PolicyLine(x.p.Id, x.p.Code, x.p.Title, x.p.Audience, x.v.Id, x.v.Number, x.v.Summary, x.v.LegalBasis, x.v.EffectiveFrom, x.v.AcknowledgeBy, null))
            .ToList();
    }

    internal sealed record Person(Guid Id, Guid UnitId, bool Leader, bool Declarant);

    internal static IQueryable<Person> Audiences(IQueryable<StaffMember> staff) =>
        staff.AsNoTracking().Where(s => s.IsActive).Select(s => new Person(s.Id, s.UnitId,
            s.UnitRole != UnitRole.Member || (s.Position != null && s.Position.IsLeadership),
            (s.Position != null && s.Position.DeclaresAssets) || s.SensitivePost != SensitivePost.None));

    internal static bool Applies(PolicyAudience audience, Person p) => audience switch
    {
        PolicyAudience.Leaders => p.Leader,
        PolicyAudience.Declarants => p.Declarant,
        _ => true,
    };
}
