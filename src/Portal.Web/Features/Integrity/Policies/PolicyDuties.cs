using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Deadlines.Duties;
using Portal.Web.Features.Deadlines.Rules;

namespace Portal.Web.Features.Integrity.Policies;

public sealed record PolicySync(int Started, int Closed);

/// <summary>
/// Keeps one <c>policy.ack</c> duty (ADR 0012) per person and policy version in force that applies to them and is
/// not yet acknowledged, due by the version's <see cref="PolicyVersion.AcknowledgeBy"/> (rule policy.acknowledge).
/// Someone who comes under a version later (a newcomer, a new post) gets the rule's days from that day. Duties
/// of superseded versions and of people it no longer applies to are closed. Set-based: a few queries whatever the
/// number of staff; run when a version is published in force and nightly (versions that become effective later).
/// </summary>
public sealed class PolicyDuties(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public const string JobId = "policy-duties";
    private const string Link = "/integrity/policies";

    /// <summary>The duty's subject for one person and one version: derived, so acknowledging can close it without a lookup table.</summary>
    public static Guid Subject(Guid versionId, Guid staffId) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"policy-ack/{versionId:N}/{staffId:N}")).AsSpan(0, 16));

    /// <summary>The policy's code and version ("QT-QTUX-SYT-v2"): a code, never a person.</summary>
    public static string Label(string code, int number) => $"QT-{code}-v{number}";

    public async Task<PolicySync> SyncAsync(CancellationToken cancellationToken = default)
    {
        var today = DepartmentDate.Today(clock);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lines = await PolicyLibrary.InForceAsync(db, today, cancellationToken);
        var people = await PolicyLibrary.Audiences(db.StaffMembers).ToListAsync(cancellationToken);
        var versionIds = lines.Select(l => l.VersionId).ToList();
        var acknowledged = (await db.PolicyAcknowledgements.Where(a => versionIds.Contains(a.PolicyVersionId))
            .Select(a => new { a.PolicyVersionId, a.StaffMemberId }).ToListAsync(cancellationToken))
            .Select(a => (a.PolicyVersionId, a.StaffMemberId)).ToHashSet();
        var rule = await DueDates.InForceAsync(db, PolicyLibrary.AcknowledgeRule, today, cancellationToken);
        var lateDue = rule is null ? today : DueDates.Due(await Deadlines.Calendar.StoredCalendar.LoadAsync(db, cancellationToken), rule, today);

        var expected = new Dictionary<Guid, DutyStart>();
        foreach (var line in lines)
        {
            // Past the version's own date, a person newly under it counts the rule's days from today.
            var (start, due) = today <= line.AcknowledgeBy ? (line.EffectiveFrom, line.AcknowledgeBy) : (today, lateDue);
            foreach (var p in people.Where(p => PolicyLibrary.Applies(line.Audience, p) && !acknowledged.Contains((line.VersionId, p.Id))))
            {
                var subject = Subject(line.VersionId, p.Id);
                expected[subject] = new DutyStart(DutyKinds.PolicyAcknowledgement, subject, Label(line.Code, line.Number), PolicyLibrary.AcknowledgeRule,
                    p.UnitId, p.Id, Link, start, due);
            }
        }

        var open = await db.Duties.Where(d => d.Kind == DutyKinds.PolicyAcknowledgement && d.DoneOn == null).Select(d => d.SubjectId).ToListAsync(cancellationToken);
        var closed = 0;
        foreach (var chunk in open.Where(s => !expected.ContainsKey(s)).Chunk(500))
        {
            // Their pending alert points are dropped by the sweep, which ignores done duties.
            closed += await db.Duties.Where(d => d.Kind == DutyKinds.PolicyAcknowledgement && d.DoneOn == null && chunk.Contains(d.SubjectId))
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.DoneOn, today), cancellationToken);
        }

        var started = await DutyClocks.StartManyAsync(db, expected.Values, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new PolicySync(started, closed);
    }
}
