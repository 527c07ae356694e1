using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Deadlines.Alerts;
using Portal.Web.Features.Deadlines.Duties;
using Portal.Web.Features.Organisation;
using Portal.Web.IntegrationTests.Features.Cases;
using Portal.Web.IntegrationTests.Features.Deadlines.Alerts;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Deadlines.Duties;

/// <summary>Duties in the alert world: an owner in the hospital (handler B's account, with a name that must never reach a notice).</summary>
public static class DutyWorld
{
    public const string OwnerName = "Đinh Thị Thu Hà";
    public const string OwnerMail = AlertWorld.HandlerBMail;

    /// <summary>Links handler B's account to a staff member of the hospital and returns the member's id.</summary>
    public static async Task<Guid> OwnerAsync(CaseWorld world)
    {
        await using var db = await world.DbAsync();
        var existing = await db.Users.Where(u => u.Id == world.HandlerB.Id).Select(u => u.StaffMemberId).SingleAsync();
        if (existing is { } id)
        {
            return id;
        }

        var member = new StaffMember { FullName = OwnerName, UnitId = world.HospitalId };
        db.StaffMembers.Add(member);
        await db.SaveChangesAsync();
        await db.Users.Where(u => u.Id == world.HandlerB.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.StaffMemberId, member.Id));
        return member.Id;
    }

    public static DateOnly Today(PortalFactory factory) => DepartmentDate.Of(factory.Clock.GetUtcNow());

    /// <summary>A gift report of the owner due in five working days (rule gift.report), tracked as a module would.</summary>
    public static async Task<Duty> TrackGiftAsync(PortalFactory factory, Guid? ownerStaffId, Guid? unitId, string label, DateOnly? startedOn = null)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var start = startedOn ?? Today(factory);
        var due = Portal.Web.Features.Deadlines.Calendar.WorkingCalendar.CreateStatutory().AddWorkingDays(start, 5);
        var subject = Guid.NewGuid();
        await DutyClocks.TrackAsync(db, new DutyStart(DutyKinds.GiftReport, subject, label, "gift.report", unitId, ownerStaffId, "/integrity/gifts", start, due));
        await db.SaveChangesAsync();
        return await db.Duties.AsNoTracking().SingleAsync(d => d.Kind == DutyKinds.GiftReport && d.SubjectId == subject);
    }

    public static async Task<Dictionary<string, DateOnly>> PointsAsync(PortalFactory factory, Guid dutyId)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.DutyAlertPoints.Where(p => p.DutyId == dutyId).ToDictionaryAsync(p => p.Point, p => p.On);
    }

    /// <summary>The deliveries of a duty's alerts: (point, person, channel, state).</summary>
    public static async Task<List<(string Point, Guid UserId, DeliveryChannel Channel, DeliveryState State)>> DeliveriesAsync(PortalFactory factory, Guid dutyId)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return (await (from d in db.AlertDeliveries
                       join a in db.DeadlineAlerts on d.AlertId equals a.Id
                       where a.DutyId == dutyId
                       select new { a.Point, d.UserId, d.Channel, d.State }).ToListAsync())
            .Select(x => (x.Point, x.UserId, x.Channel, x.State)).ToList();
    }
}
