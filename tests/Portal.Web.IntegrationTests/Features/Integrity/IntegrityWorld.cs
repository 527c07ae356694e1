using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Integrity;
using Portal.Web.Features.Integrity.Declarations;
using Portal.Web.Features.Keys;
using Portal.Web.Features.Organisation;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Integrity;

/// <summary>
/// A hospital with a head and two declarants (a deputy head of division and a procurement officer), a personnel
/// officer holding the reviewers' inbox, a control body holding its inbox, and a stranger with a key but no inbox.
/// </summary>
public sealed class IntegrityWorld
{
    private IntegrityWorld(PortalFactory factory) => Factory = factory;

    public PortalFactory Factory { get; }
    public Guid HospitalId { get; private set; }
    public Guid PersonnelId { get; private set; }
    public IntegrityActor Declarant { get; private set; } = default!;
    public IntegrityActor Declarant2 { get; private set; } = default!;
    public IntegrityActor Head { get; private set; } = default!;
    public IntegrityActor Reviewer { get; private set; } = default!;
    public IntegrityActor Control { get; private set; } = default!;
    public IntegrityActor Stranger { get; private set; } = default!;

    public DeclarationWorkflow Workflow => Factory.Services.GetRequiredService<DeclarationWorkflow>();
    public DeclarationReview Review => Factory.Services.GetRequiredService<DeclarationReview>();

    public static async Task<IntegrityWorld> CreateAsync(PortalFactory factory)
    {
        var world = new IntegrityWorld(factory);
        Position deputy, officer;
        await using (var db = await world.DbAsync())
        {
            var root = new Unit { Code = "SYT", Name = "Sở Y tế", Kind = UnitKind.Department, ReceivesReports = true };
            var hospital = new Unit { Code = "BV", Name = "Bệnh viện", Kind = UnitKind.Hospital, ParentId = root.Id };
            var personnel = new Unit { Code = "TCCB", Name = "Phòng Tổ chức cán bộ", Kind = UnitKind.Division, ParentId = root.Id };
            deputy = new Position { Code = "PTP", Name = "Phó Trưởng phòng", IsLeadership = true, DeclaresAssets = true };
            officer = new Position { Code = "CV", Name = "Chuyên viên" };
            db.Units.AddRange(root, hospital, personnel);
            db.Positions.AddRange(deputy, officer);
            await db.SaveChangesAsync();
            (world.HospitalId, world.PersonnelId) = (hospital.Id, personnel.Id);
        }

        world.Head = await world.PersonAsync(Roles.Leader, "Trưởng Bệnh Viện", world.HospitalId, null, UnitRole.Head);
        world.Declarant = await world.PersonAsync(Roles.Staff, "Người Kê Khai", world.HospitalId, deputy.Id, UnitRole.Deputy);
        world.Declarant2 = await world.PersonAsync(Roles.Staff, "Chuyên Viên Mua Sắm", world.HospitalId, officer.Id, UnitRole.Member, SensitivePost.Procurement);
        world.Reviewer = await world.PersonAsync(Roles.PersonnelOfficer, "Cán Bộ Tổ Chức", world.PersonnelId, officer.Id, UnitRole.Member);
        world.Control = await world.PersonAsync(Roles.ControlBody, "Kiểm Soát Viên", world.PersonnelId, null, UnitRole.Member);
        world.Stranger = await world.PersonAsync(Roles.Handler, null, null, null, UnitRole.Member);
        var inboxes = factory.Services.GetRequiredService<Inboxes>();
        Assert.Equal(GrantOutcome.Granted, await inboxes.CreateAsync(Inboxes.PersonnelReviewers, [world.Reviewer.UserId]));
        Assert.Equal(GrantOutcome.Granted, await inboxes.CreateAsync(Inboxes.ControlBody, [world.Control.UserId]));
        return world;
    }

    public Task<PortalDbContext> DbAsync() => Factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    public static DeclarationForm Form(long total, string description = "Nhà ở tại phường 1", string? explanation = null) => new()
    {
        SpouseName = "Vợ Người Kê Khai",
        Items = [new AssetItem { Category = AssetCategory.House, Owner = AssetOwner.Spouse, Description = description, ValueVnd = total }],
        TotalIncomeVnd = 300_000_000,
        IncreaseExplanation = explanation,
    };

    /// <summary>Starts, fills and submits a declaration; returns its id.</summary>
    public async Task<Guid> SubmitAsync(IntegrityActor who, DeclarationKind kind, int year, DeclarationForm form, DateOnly? eventDate = null)
    {
        var started = await Workflow.StartAsync(who, kind, year, eventDate);
        Assert.True(started.Done, started.Problem);
        var submitted = await Workflow.SubmitAsync(who, started.Id!.Value, await VersionAsync(started.Id.Value), form);
        Assert.True(submitted.Done, submitted.Problem);
        return started.Id.Value;
    }

    public async Task<long> VersionAsync(Guid declarationId)
    {
        await using var db = await DbAsync();
        return await db.Declarations.Where(d => d.Id == declarationId).Select(d => d.Version).SingleAsync();
    }

    public async Task<Declaration> DeclarationAsync(Guid id)
    {
        await using var db = await DbAsync();
        return await db.Declarations.AsNoTracking().SingleAsync(d => d.Id == id);
    }

    public async Task<List<string>> RefusalsAsync()
    {
        await using var db = await DbAsync();
        return await db.AuditEntries.Where(e => e.Action == IntegrityAudit.Refused).Select(e => e.Detail!).ToListAsync();
    }

    private async Task<IntegrityActor> PersonAsync(string role, string? name, Guid? unitId, Guid? positionId, UnitRole unitRole, SensitivePost post = SensitivePost.None)
    {
        var user = await Factory.CreateAsync(role, withKey: false);
        var session = (await Factory.Services.GetRequiredService<KeyCustody>().CreateAsync(user.Id, TestAccounts.Password))!.Value.SessionId;
        Guid? staffId = null;
        if (name is not null)
        {
            await using var db = await DbAsync();
            var member = new StaffMember { FullName = name, UnitId = unitId!.Value, PositionId = positionId, UnitRole = unitRole, SensitivePost = post };
            db.StaffMembers.Add(member);
            await db.SaveChangesAsync();
            await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.StaffMemberId, member.Id).SetProperty(x => x.DisplayName, name));
            staffId = member.Id;
        }

        return new IntegrityActor(user.Id, session, staffId, new HashSet<string> { role });
    }
}
