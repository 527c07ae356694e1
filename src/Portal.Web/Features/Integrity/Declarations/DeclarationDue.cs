using Portal.Web.Data;

namespace Portal.Web.Features.Integrity.Declarations;

/// <summary>
/// A declaration someone owes, with its due date stored so a later sweep (the generic alert outbox) can pick it
/// up, and the formal written reminders the personnel unit recorded. After the second reminder the person's
/// head is flagged to consider discipline.
/// </summary>
public sealed class DeclarationDue : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StaffMemberId { get; set; }
    public DeclarationKind Kind { get; set; }
    public int Year { get; set; }
    public required string PeriodKey { get; set; }
    public DateOnly? EventDate { get; set; }
    public DateOnly DueOn { get; set; }
    /// <summary>The declaration that answers it, once started.</summary>
    public Guid? DeclarationId { get; set; }
    public DateOnly? FirstReminderOn { get; set; }
    public Guid? FirstReminderBy { get; set; }
    public DateOnly? SecondReminderOn { get; set; }
    public Guid? SecondReminderBy { get; set; }
    public DateOnly? FlaggedToHeadOn { get; set; }
    /// <summary>The head who must consider discipline (first in the person's chain of command).</summary>
    public Guid? HeadStaffId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public long Version { get; set; }
}
