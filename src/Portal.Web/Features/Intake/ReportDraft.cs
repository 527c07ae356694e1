namespace Portal.Web.Features.Intake;

/// <summary>What the questionnaire collected, before it is sealed. Lives only in the request and the reporter's own page.</summary>
public sealed record ReportDraft
{
    public ReportChannel Channel { get; init; }
    public ReportContent Content { get; init; } = new();
    public ReporterIdentity? Identity { get; init; }
    public bool ProtectionRequested { get; init; }

    public ReportTrack Track => Channel == ReportChannel.Petition ? ReportTrack.Petition
        : Identity is not null ? ReportTrack.IdentifiedDenunciation
        : ReportTrack.AnonymousInformation;
}
