using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Checks;
using Portal.Web.Features.Organisation;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Checks;

/// <summary>
/// A Department (its Director a leader), an inspectorate with two check officers, a hospital with a head and a supplies
/// office under it, and another hospital with its own head. Units are new per world, so tests sharing a database
/// do not see each other's checks through their heads.
/// </summary>
public sealed class ChecksWorld
{
    private ChecksWorld(PortalFactory factory) => Factory = factory;

    public PortalFactory Factory { get; }
    public Guid InspectorateId { get; private set; }
    public Guid HospitalId { get; private set; }
    public Guid SuppliesId { get; private set; }
    public Guid OtherHospitalId { get; private set; }
    public Guid OfficerStaffId { get; private set; }
    public Guid Officer2StaffId { get; private set; }
    public Guid HospitalStaffId { get; private set; }
    public Guid SuppliesStaffId { get; private set; }
    public CheckActor Officer { get; private set; } = default!;
    public CheckActor Officer2 { get; private set; } = default!;
    public CheckActor Director { get; private set; } = default!;
    public CheckActor HospitalHead { get; private set; } = default!;
    public CheckActor OtherHead { get; private set; } = default!;
    public CheckActor Nurse { get; private set; } = default!;

    public DateOnly Today => DepartmentDate.Today(Factory.Clock);

    public T Use<T>() where T : notnull => Factory.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    public Task<PortalDbContext> DbAsync() => Factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    public static async Task<ChecksWorld> CreateAsync(PortalFactory factory)
    {
        var world = new ChecksWorld(factory);
        var tag = Guid.NewGuid().ToString("N")[..6];
        StaffMember director, officer, officer2, hospitalHead, otherHead, supplies, nurse;
        await using (var db = await world.DbAsync())
        {
            var root = await db.Units.FirstOrDefaultAsync(u => u.ParentId == null);
            if (root is null)
            {
                root = new Unit { Code = "SYT", Name = "Sở Y tế", Kind = UnitKind.Department, ReceivesReports = true };
                db.Units.Add(root);
            }

            var inspectorate = new Unit { Code = "TTR-" + tag, Name = "Thanh tra Sở", ParentId = root.Id };
            var hospital = new Unit { Code = "BV-" + tag, Name = "Bệnh viện Đa khoa", Kind = UnitKind.Hospital, ParentId = root.Id };
            var suppliesUnit = new Unit { Code = "VT-" + tag, Name = "Phòng Vật tư", ParentId = hospital.Id };
            var other = new Unit { Code = "BV2-" + tag, Name = "Bệnh viện Sản – Nhi", Kind = UnitKind.Hospital, ParentId = root.Id };
            db.Units.AddRange(inspectorate, hospital, suppliesUnit, other);
            // Deputies of the Department: a world per test class may already have a Director as head of the root.
            director = new StaffMember { FullName = "Nguyễn Văn Hùng", UnitId = root.Id, UnitRole = UnitRole.Deputy };
            officer = new StaffMember { FullName = "Vũ Minh Tuấn", UnitId = inspectorate.Id };
            officer2 = new StaffMember { FullName = "Đặng Thu Hà", UnitId = inspectorate.Id };
            hospitalHead = new StaffMember { FullName = "Lương Văn Khánh", UnitId = hospital.Id, UnitRole = UnitRole.Head };
            otherHead = new StaffMember { FullName = "Khúc Thị Phương", UnitId = other.Id, UnitRole = UnitRole.Head };
            supplies = new StaffMember { FullName = "Chu Văn Toàn", UnitId = suppliesUnit.Id };
            nurse = new StaffMember { FullName = "Nông Thị Xuân", UnitId = hospital.Id };
            db.StaffMembers.AddRange(director, officer, officer2, hospitalHead, otherHead, supplies, nurse);
            await db.SaveChangesAsync();
            (world.InspectorateId, world.HospitalId, world.SuppliesId, world.OtherHospitalId) = (inspectorate.Id, hospital.Id, suppliesUnit.Id, other.Id);
            (world.OfficerStaffId, world.Officer2StaffId, world.HospitalStaffId, world.SuppliesStaffId) = (officer.Id, officer2.Id, nurse.Id, supplies.Id);
        }

        world.Officer = await world.ActorAsync(officer.Id, Roles.CheckOfficer);
        world.Officer2 = await world.ActorAsync(officer2.Id, Roles.CheckOfficer);
        world.Director = await world.ActorAsync(director.Id, Roles.Leader);
        world.HospitalHead = await world.ActorAsync(hospitalHead.Id, Roles.Leader);
        world.OtherHead = await world.ActorAsync(otherHead.Id, Roles.Leader);
        world.Nurse = await world.ActorAsync(nurse.Id, Roles.Staff);
        return world;
    }

    /// <summary>The actor as the pages build it: an account linked to a directory entry, read fresh.</summary>
    private async Task<CheckActor> ActorAsync(Guid staffId, string role)
    {
        var user = await Factory.CreateAsync(role, withKey: false, userName: $"c{Guid.NewGuid():N}"[..20]);
        await using (var db = await DbAsync())
        {
            var stored = await db.Users.SingleAsync(u => u.Id == user.Id);
            stored.StaffMemberId = staffId;
            await db.SaveChangesAsync();
        }

        return await Use<CheckActors>().ForAsync(user.Id, [role]);
    }

    public CheckForm Form(Guid? unit = null, DateOnly? from = null, DateOnly? to = null) => new()
    {
        Year = (from ?? Today).Year, CheckedUnitId = unit ?? HospitalId, Subject = "Thực hiện quy định về công khai, minh bạch trong mua sắm",
        PlannedFrom = (from ?? Today).ToDateTime(TimeOnly.MinValue), PlannedTo = (to ?? (from ?? Today).AddDays(10)).ToDateTime(TimeOnly.MinValue),
        LegalBasis = "Quyết định số 12/QĐ-SYT",
    };

    public async Task<Check> CheckAsync(Guid id)
    {
        await using var db = await DbAsync();
        return await db.Checks.AsNoTracking().Include(c => c.Team).SingleAsync(c => c.Id == id);
    }

    /// <summary>A check planned for this year, plan approved, with a confirmed leader: ready to start.</summary>
    public async Task<Check> PlannedAsync()
    {
        var form = Form();
        Ok(await Use<CheckPlanner>().SaveAsync(Officer, form));
        var plan = await Use<CheckBoard>().PlanAsync(Director, form.Year);
        if (plan.ApprovedOn is null)
        {
            Ok(await Use<CheckPlanner>().ApprovePlanAsync(Director, form.Year, "25/QĐ-SYT", plan.PlanVersion));
        }

        var check = await CheckAsync(form.Id!.Value);
        Ok(await Use<CheckTeam>().AddAsync(Officer, check.Id, check.Version, Officer2StaffId, isLeader: true));
        check = await CheckAsync(check.Id);
        Ok(await Use<CheckTeam>().ConfirmNoConflictAsync(Officer2, check.Id, check.Team.Single().Id));
        return await CheckAsync(check.Id);
    }

    /// <summary>A check started and concluded today.</summary>
    public async Task<Check> ConcludedAsync()
    {
        var check = await PlannedAsync();
        Ok(await Use<CheckPlanner>().StartAsync(Officer, check.Id, check.Version));
        check = await CheckAsync(check.Id);
        Ok(await Use<CheckConclusions>().ConcludeAsync(Officer, check.Id, check.Version, "12/KL-SYT", Today, "Chưa tách người lập dự toán khỏi tổ chấm chào giá."));
        return await CheckAsync(check.Id);
    }

    public RecommendationForm Recommendation(int dueInDays = 30) => new()
    {
        OwnerUnitId = SuppliesId, OwnerStaffId = SuppliesStaffId, Text = "Tách người lập dự toán khỏi tổ chấm chào giá", Kind = RecommendationKind.Other,
        DueOn = Today.AddDays(dueInDays).ToDateTime(TimeOnly.MinValue),
    };

    public static void Ok(Portal.Web.Infrastructure.CommandResult result) => Assert.True(result.Succeeded, string.Join(" ", result.Errors));
}
