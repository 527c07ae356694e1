using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Cases;
using Portal.Web.Features.Deadlines.Calendar;
using Portal.Web.Features.Deadlines.Clocks;
using Portal.Web.Features.Deadlines.Dashboard;
using Portal.Web.Features.Deadlines.Rules;
using Portal.Web.Features.Intake;
using Portal.Web.Features.Organisation;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Deadlines.Dashboard;

/// <summary>
/// The Department (root) with its Director and a Deputy Director, shared by the tests of a class. Each test grows its
/// own hospitals under it (<see cref="TreeAsync"/>), so its counts per unit are its own even though the Director sees
/// every test's units. Cases are written as workflow rows directly: the dashboard reads metadata only, and the
/// ciphertext columns hold random bytes that nothing here could open.
/// </summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    public PortalFactory Factory { get; } = new();

    public Guid DepartmentId { get; private set; }

    public StaffUser Director { get; private set; } = default!;

    public StaffUser DeputyDirector { get; private set; } = default!;

    public LeaderDashboard Dashboard => Factory.Services.GetRequiredService<LeaderDashboard>();

    public DateOnly Today => DepartmentDate.Today(Factory.Clock);

    public async Task InitializeAsync()
    {
        var root = new Unit { Code = "SYT", Name = "Sở Y tế", Kind = UnitKind.Department, ReceivesReports = true };
        await using (var db = await DbAsync())
        {
            db.Units.Add(root);
            await db.SaveChangesAsync();
        }

        DepartmentId = root.Id;
        Director = await LeaderAsync("Nguyễn Văn Giám", root.Id, UnitRole.Head);
        DeputyDirector = await LeaderAsync("Trần Thị Phó", root.Id, UnitRole.Deputy);
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    public Task<PortalDbContext> DbAsync() => Factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    public async Task<WorkingCalendar> CalendarAsync() => await Factory.Services.GetRequiredService<WorkingCalendars>().CurrentAsync();

    /// <summary>A hospital with a ward under it and a second hospital beside it, and a head for the first.</summary>
    public async Task<Tree> TreeAsync(string prefix)
    {
        var hospital = new Unit { Code = $"{prefix}-BV", Name = $"Bệnh viện {prefix}", NameEn = $"Hospital {prefix}", Kind = UnitKind.Hospital, ParentId = DepartmentId, ReceivesReports = true };
        var ward = new Unit { Code = $"{prefix}-KHOA", Name = $"Khoa {prefix}", Kind = UnitKind.Other, ParentId = hospital.Id, ReceivesReports = true };
        var other = new Unit { Code = $"{prefix}-BV2", Name = $"Bệnh viện khác {prefix}", Kind = UnitKind.Hospital, ParentId = DepartmentId, ReceivesReports = true };
        await using (var db = await DbAsync())
        {
            db.Units.AddRange(hospital, ward, other);
            await db.SaveChangesAsync();
        }

        return new Tree(hospital.Id, ward.Id, other.Id, await LeaderAsync($"Trưởng {prefix}", hospital.Id, UnitRole.Head));
    }

    /// <summary>An account with the Leader role linked to a staff member (none when <paramref name="unitId"/> is null).</summary>
    public async Task<StaffUser> LeaderAsync(string name, Guid? unitId, UnitRole role)
    {
        var user = await Factory.CreateAsync(Roles.Leader, withKey: false);
        await using var db = await DbAsync();
        if (unitId is { } unit)
        {
            var member = new StaffMember { FullName = name, UnitId = unit, UnitRole = role };
            db.StaffMembers.Add(member);
            await db.SaveChangesAsync();
            await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.StaffMemberId, member.Id).SetProperty(x => x.DisplayName, name));
        }

        user.DisplayName = name;
        return user;
    }

    /// <summary>
    /// A case handled by <paramref name="unitId"/> with the given clocks; its due date is the earliest running, unpaused
    /// one, as <see cref="ClockBook"/> keeps it.
    /// </summary>
    public async Task<Guid> CaseAsync(Guid unitId, string code, IReadOnlyList<CaseClock> clocks, CaseStage stage = CaseStage.Verifying, DateOnly? closedOn = null,
        Guid? assignee = null, Action<Report>? configure = null)
    {
        var report = new Report
        {
            CaseCode = code, Stage = stage, ReceivingUnitId = unitId, ReceivedOn = Today.AddDays(-60), ClosedOn = closedOn,
            LookupHash = RandomNumberGenerator.GetBytes(32), ContentKeyForInbox = RandomNumberGenerator.GetBytes(80),
            ContentKeyForReporter = RandomNumberGenerator.GetBytes(80), ReporterPublicKey = RandomNumberGenerator.GetBytes(32), Body = RandomNumberGenerator.GetBytes(64),
            DueOn = closedOn is null ? clocks.Where(c => c.StoppedOn == null && c.PausedOn == null).Select(c => (DateOnly?)c.DueOn).Min() : null,
        };
        configure?.Invoke(report);
        await using var db = await DbAsync();
        db.Reports.Add(report);
        foreach (var clock in clocks)
        {
            clock.ReportId = report.Id;
            db.CaseClocks.Add(clock);
        }

        if (assignee is { } userId)
        {
            db.CaseAssignments.Add(new CaseAssignment { ReportId = report.Id, UserId = userId, AssignedByUserId = userId, AssignedAt = Factory.Clock.GetUtcNow() });
        }

        await db.SaveChangesAsync();
        return report.Id;
    }

    /// <summary>A clock of the rule with the given id (seeded rules: 1 accept a denunciation, 4 settle it).</summary>
    public static CaseClock Clock(DateOnly due, DateOnly? stopped = null, DateOnly? paused = null, int extensions = 0, int ruleId = 4) => new()
    {
        RuleId = ruleId, RuleCode = ruleId == 1 ? RuleCodes.DenunciationAccept : RuleCodes.DenunciationSettle, StartedOn = due.AddDays(-30), DueOn = due,
        StoppedOn = stopped, PausedOn = paused, Extensions = extensions,
    };
}

public sealed record Tree(Guid HospitalId, Guid WardId, Guid OtherId, StaffUser Head);
