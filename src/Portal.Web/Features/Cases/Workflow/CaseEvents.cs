using Portal.Crypto;
using Portal.Web.Features.Intake;

namespace Portal.Web.Features.Cases;

/// <summary>Writes and reads the encrypted detail of case events (bound to the report and the event id).</summary>
public static class CaseEvents
{
    public static CaseEvent Create(Guid reportId, SecretKey key, CaseAction action, CaseStage from, CaseStage to, Guid? actor, DateTimeOffset at, string? ground, EventDetail detail, Guid? id = null)
    {
        var e = new CaseEvent { Id = id ?? Guid.CreateVersion7(), ReportId = reportId, Action = action, FromStage = from, ToStage = to, ActorUserId = actor, At = at, LegalGround = ground };
        e.Detail = ReportCipher.EncryptJson(key, detail, ReportCipher.Ad(reportId, "event", e.Id));
        return e;
    }

    public static EventDetail Read(CaseEvent e, SecretKey key) =>
        e.Detail is not null && ReportCipher.TryDecryptJson<EventDetail>(key, e.Detail, ReportCipher.Ad(e.ReportId, "event", e.Id), out var detail)
            ? detail! : new EventDetail();
}
