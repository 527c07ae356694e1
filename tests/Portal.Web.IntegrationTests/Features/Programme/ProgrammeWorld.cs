using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Organisation;
using Portal.Web.Features.Programme;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Programme;

/// <summary>A Department with an inspectorate and one officer in it; a leader, a programme secretary and a plain staff member.</summary>
public sealed class ProgrammeWorld
{
    private ProgrammeWorld(PortalFactory factory) => Factory = factory;

    public PortalFactory Factory { get; }
    public Guid UnitId { get; private set; }
    public Guid OfficerId { get; private set; }
    public ProgrammeActor Leader { get; private set; } = default!;
    public ProgrammeActor Secretary { get; private set; } = default!;
    public ProgrammeActor Staff { get; private set; } = default!;
    public ProgrammeActor Administrator { get; private set; } = default!;

    public int Year => DepartmentDate.Today(Factory.Clock).Year;

    public T Use<T>() where T : notnull => Factory.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    public Task<PortalDbContext> DbAsync() => Factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    public static async Task<ProgrammeWorld> CreateAsync(PortalFactory factory)
    {
        var world = new ProgrammeWorld(factory);
        await using (var db = await world.DbAsync())
        {
            var root = await db.Units.FirstOrDefaultAsync(u => u.ParentId == null);
            if (root is null)
            {
                root = new Unit { Code = "SYT", Name = "Sở Y tế", Kind = UnitKind.Department, ReceivesReports = true };
                db.Units.Add(root);
            }

            var unit = new Unit { Code = "TTR-" + Guid.NewGuid().ToString("N")[..6], Name = "Thanh tra Sở", ParentId = root.Id };
            var officer = new StaffMember { FullName = "Vũ Minh Tuấn", UnitId = unit.Id };
            db.Units.Add(unit);
            db.StaffMembers.Add(officer);
            await db.SaveChangesAsync();
            (world.UnitId, world.OfficerId) = (unit.Id, officer.Id);
        }

        world.Leader = await world.ActorAsync(Roles.Leader);
        world.Secretary = await world.ActorAsync(Roles.ProgrammeSecretary);
        world.Staff = await world.ActorAsync(Roles.Staff);
        world.Administrator = await world.ActorAsync(Roles.Administrator);
        return world;
    }

    /// <summary>The actor as a page builds it: from the signed-in principal's id and roles.</summary>
    private async Task<ProgrammeActor> ActorAsync(string role)
    {
        var user = await Factory.CreateAsync(role, withKey: false, userName: $"p{Guid.NewGuid():N}"[..20]);
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()), new Claim(ClaimTypes.Role, role)], "test"));
        return ProgrammeActor.From(principal);
    }

    public ProgrammeTaskForm Task(string code, DateOnly? start = null, DateOnly? due = null) => new()
    {
        Year = Year, Code = code, Title = $"Nhiệm vụ {code}", OwnerUnitId = UnitId,
        StartOn = (start ?? new DateOnly(Year, 1, 1)).ToDateTime(TimeOnly.MinValue), DueOn = (due ?? new DateOnly(Year, 12, 31)).ToDateTime(TimeOnly.MinValue),
    };

    public async Task<int> AuditCountAsync(string action)
    {
        await using var db = await DbAsync();
        return await db.AuditEntries.CountAsync(e => e.Action == action);
    }
}
