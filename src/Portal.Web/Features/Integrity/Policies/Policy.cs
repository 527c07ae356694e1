namespace Portal.Web.Features.Integrity.Policies;

public enum PolicyAudience
{
    Everyone = 0,
    /// <summary>Heads and deputies (by unit role or leadership position).</summary>
    Leaders = 1,
    /// <summary>People who must declare assets.</summary>
    Declarants = 2,
}

/// <summary>A code of conduct or internal policy; its texts are versions with effective dates.</summary>
public sealed class Policy
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Code { get; set; }
    public required string Title { get; set; }
    public PolicyAudience Audience { get; set; }
}

public sealed class PolicyVersion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PolicyId { get; set; }
    public int Number { get; set; }
    public required string Summary { get; set; }
    public required string LegalBasis { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    /// <summary>Acknowledgements are due by this day (rule policy.acknowledge after the effective date), stored for the alert sweep.</summary>
    public DateOnly AcknowledgeBy { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public Guid PublishedBy { get; set; }
}

/// <summary>One person read and accepted one version; a new version needs a new acknowledgement.</summary>
public sealed class PolicyAcknowledgement
{
    public Guid PolicyVersionId { get; set; }
    public Guid StaffMemberId { get; set; }
    public DateTimeOffset AcknowledgedAt { get; set; }
}
