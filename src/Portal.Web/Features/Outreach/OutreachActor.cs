using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Accounts;

namespace Portal.Web.Features.Outreach;

/// <summary>
/// Who acts on outreach: leaders and the programme secretary manage trainings, attendance and the channel's
/// publication; every staff member sees their own trainings and takes quizzes. Services check this themselves.
/// </summary>
public sealed record OutreachActor(Guid UserId, Guid? StaffId, bool CanManage)
{
    public static readonly string[] Managers = [Roles.Leader, Roles.ProgrammeSecretary];
}

public sealed class OutreachActors(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<OutreachActor> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return new OutreachActor(Guid.Empty, null, false);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var staffId = await db.Users.Where(u => u.Id == userId).Select(u => u.StaffMemberId).FirstOrDefaultAsync(cancellationToken);
        return new OutreachActor(userId, staffId, OutreachActor.Managers.Any(user.IsInRole));
    }
}

/// <summary>Done, or refused with a resource key the page shows.</summary>
public sealed record OutreachResult(bool Done, string? Problem = null, Guid? Id = null)
{
    public static OutreachResult Ok(Guid? id = null) => new(true, null, id);

    public static OutreachResult Refused(string problem) => new(false, problem);
}

/// <summary>Audited outreach actions; details carry ids and counts, never names or answers.</summary>
public static class OutreachAudit
{
    public const string Refused = "outreach.refused";
    public const string TrainingSaved = "outreach.training-saved";
    public const string SessionAdded = "outreach.session-added";
    public const string MaterialAdded = "outreach.material-added";
    public const string AttendanceRecorded = "outreach.attendance";
    public const string QuizSaved = "outreach.quiz-saved";
    public const string QuizTaken = "outreach.quiz-taken";
    public const string ChannelPublished = "outreach.channel-published";
    public const string ChannelWithdrawn = "outreach.channel-withdrawn";

    public static IReadOnlyList<string> All { get; } =
        [Refused, TrainingSaved, SessionAdded, MaterialAdded, AttendanceRecorded, QuizSaved, QuizTaken, ChannelPublished, ChannelWithdrawn];
}
