using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Accountability;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Organisation;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Accountability;

/// <summary>
/// The Department (its Director), a personnel division (an officer), a hospital (its head) with a ward (its head and
/// a nurse), a second hospital (its head), and a handler with no staff record: every reach of the access rule.
/// </summary>
public sealed class AccountabilityWorld
{
    private AccountabilityWorld(PortalFactory factory) => Factory = factory;

    public PortalFactory Factory { get; }
    public Guid HospitalId { get; private set; }
    public Guid WardId { get; private set; }
    public Guid OtherHospitalId { get; private set; }
    public Guid AccountantPositionId { get; private set; }
    public AccountabilityActor Director { get; private set; } = default!;
    public AccountabilityActor Personnel { get; private set; } = default!;
    public AccountabilityActor HospitalHead { get; private set; } = default!;
    public AccountabilityActor WardHead { get; private set; } = default!;
    public AccountabilityActor Nurse { get; private set; } = default!;
    public AccountabilityActor OtherHead { get; private set; } = default!;
    public AccountabilityActor Handler { get; private set; } = default!;

    public T Get<T>() where T : notnull => Factory.Services.GetRequiredService<T>();

    public DateOnly Today => DepartmentDate.Today(Factory.Clock);

    public static async Task<AccountabilityWorld> CreateAsync(PortalFactory factory)
    {
        var world = new AccountabilityWorld(factory);
        Guid rootId, personnelId;
        await using (var db = await world.DbAsync())
        {
            var root = new Unit { Code = "SYT", Name = "Sở Y tế", Kind = UnitKind.Department, ReceivesReports = true };
            var personnel = new Unit { Code = "TCCB", Name = "Phòng Tổ chức cán bộ", Kind = UnitKind.Division, ParentId = root.Id };
            var hospital = new Unit { Code = "BV", Name = "Bệnh viện", Kind = UnitKind.Hospital, ParentId = root.Id };
            var ward = new Unit { Code = "BV-NOI", Name = "Khoa Nội", Kind = UnitKind.Other, ParentId = hospital.Id };
            var other = new Unit { Code = "BV2", Name = "Bệnh viện 2", Kind = UnitKind.Hospital, ParentId = root.Id };
            var accountant = new Position { Code = "KT", Name = "Kế toán" };
            db.Units.AddRange(root, personnel, hospital, ward, other);
            db.Positions.Add(accountant);
            await db.SaveChangesAsync();
            (rootId, personnelId, world.HospitalId, world.WardId, world.OtherHospitalId, world.AccountantPositionId) = (root.Id, personnel.Id, hospital.Id, ward.Id, other.Id, accountant.Id);
        }

        world.Director = await world.PersonAsync(Roles.Leader, "Giám Đốc Sở", rootId, UnitRole.Head);
        world.Personnel = await world.PersonAsync(Roles.PersonnelOfficer, "Cán Bộ Tổ Chức", personnelId, UnitRole.Member);
        world.HospitalHead = await world.PersonAsync(Roles.Leader, "Giám Đốc Bệnh Viện", world.HospitalId, UnitRole.Head);
        world.WardHead = await world.PersonAsync(Roles.Staff, "Trưởng Khoa Nội", world.WardId, UnitRole.Head);
        world.Nurse = await world.PersonAsync(Roles.Staff, "Điều Dưỡng", world.WardId, UnitRole.Member);
        world.OtherHead = await world.PersonAsync(Roles.Leader, "Giám Đốc Bệnh Viện Hai", world.OtherHospitalId, UnitRole.Head);
        world.Handler = await world.PersonAsync(Roles.Handler, null, null, UnitRole.Member);
        return world;
    }

    public Task<PortalDbContext> DbAsync() => Get<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    public async Task<long> VersionAsync<T>(Guid id) where T : class, IVersioned
    {
        await using var db = await DbAsync();
        return (await db.Set<T>().FindAsync(id))!.Version;
    }

    public async Task<Portal.Web.Features.Deadlines.Duties.Duty?> DutyAsync(string kind, Guid subjectId)
    {
        await using var db = await DbAsync();
        return await db.Duties.AsNoTracking().SingleOrDefaultAsync(d => d.Kind == kind && d.SubjectId == subjectId);
    }

    public async Task<List<string>> AuditAsync(string action)
    {
        await using var db = await DbAsync();
        return await db.AuditEntries.Where(e => e.Action == action).OrderBy(e => e.Id).Select(e => e.Detail ?? "").ToListAsync();
    }

    private async Task<AccountabilityActor> PersonAsync(string role, string? name, Guid? unitId, UnitRole unitRole)
    {
        var user = await Factory.CreateAsync(role, withKey: false);
        if (name is not null)
        {
            await using var db = await DbAsync();
            var member = new StaffMember { FullName = name, UnitId = unitId!.Value, UnitRole = unitRole };
            db.StaffMembers.Add(member);
            await db.SaveChangesAsync();
            await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.StaffMemberId, member.Id));
        }

        return await Get<AccountabilityActors>().ForAsync(user.Id, [role]);
    }
}
