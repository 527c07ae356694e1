using Portal.Web.Data;
using Portal.Web.Features.Cases;
using Portal.Web.Features.Deadlines.Rules;

namespace Portal.Web.Features.Deadlines.Clocks;

/// <summary>
/// A handler's request to extend a running clock because the case is complex (Decree 31/2019 Art 3; Complaints
/// Law Art 28), and a leader's decision on it. The reason lives in the encrypted event of the request.
/// </summary>
public sealed class ClockExtension : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ReportId { get; set; }
    public Guid ClockId { get; set; }
    public ExtensionGrade Grade { get; set; }
    public Guid RequestedByUserId { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public RequestState State { get; set; }
    public Guid? DecidedByUserId { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    /// <summary>The clock's due date after an approved extension.</summary>
    public DateOnly? NewDueOn { get; set; }
    public long Version { get; set; }
}
