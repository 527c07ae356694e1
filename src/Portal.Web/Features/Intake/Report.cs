using Portal.Web.Data;

namespace Portal.Web.Features.Intake;

/// <summary>
/// A report from the anonymous channel. Plaintext columns are workflow metadata only (id, code, channel,
/// receiving unit, the day it arrived, track, status); everything the reporter wrote, uploaded or
/// disclosed is ciphertext under keys the server never stores in the clear.
/// </summary>
public sealed class Report : IVersioned
{
    /// <summary>Random (version 4): a version-7 id would carry the submission time to the millisecond.</summary>
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string CaseCode { get; set; }
    public ReportChannel Channel { get; set; }
    public ReportTrack Track { get; set; }
    /// <summary>Where the case is in its workflow; the reporter sees it in plain words (<see cref="Cases.PublicStatus"/>).</summary>
    public Cases.CaseStage Stage { get; set; }
    public ReportOrigin Origin { get; set; }
    /// <summary>Director's level or the provincial People's Committee when the report concerns a head or the Department's leaders.</summary>
    public Cases.CaseLevel Level { get; set; }
    public Guid ReceivingUnitId { get; set; }
    /// <summary>Day precision only: a time of day could match a reporter to a door log or a shift roster.</summary>
    public DateOnly ReceivedOn { get; set; }
    /// <summary>Derived from the receipt by Argon2id; the only way to find a report from its receipt.</summary>
    public required byte[] LookupHash { get; set; }
    /// <summary>
    /// The report's content key sealed to the receiving unit's inbox; null when a member of that inbox is recused,
    /// in which case the key is sealed to each entitled person instead (<see cref="Cases.CaseKey"/>).
    /// </summary>
    public byte[]? ContentKeyForInbox
    {
        get;
        set
        {
            field = value;
            InInbox = value is not null;
        }
    }

    /// <summary>
    /// Whether <see cref="ContentKeyForInbox"/> is set, so the inbox can filter on an index alone. An ordinary column
    /// kept by this setter (and checked by the database), not a generated one: SQLite treats a query that names a
    /// generated column as needing every column, so no index could cover it (ADR 0019).
    /// </summary>
    public bool InInbox { get; private set; }
    /// <summary>The same key sealed to the reporter's receipt-derived public key.</summary>
    public required byte[] ContentKeyForReporter { get; set; }
    public required byte[] ReporterPublicKey { get; set; }
    public required byte[] Body { get; set; }
    /// <summary>Identity fields under their own key (the second lock); null when the reporter stayed anonymous.</summary>
    public byte[]? Identity { get; set; }
    public byte[]? IdentityKeyForReporter { get; set; }
    /// <summary>The identity key sealed to the custodians' vault; null until a vault exists (then sealed at the reporter's next visit).</summary>
    public byte[]? IdentityKeyForVault { get; set; }
    public bool ProtectionRequested { get; set; }
    public Cases.ProtectionState Protection { get; set; }
    /// <summary>When the retaliation risk is next reviewed; reviews go on after the case closes.</summary>
    public DateOnly? ProtectionReviewOn { get; set; }
    /// <summary>
    /// The key of the original files (with their metadata) sealed to the custodians' vault and to the reporter:
    /// originals are evidence under a separate permission; handlers work with the cleaned copies.
    /// </summary>
    public byte[]? OriginalsKeyForVault { get; set; }
    public byte[]? OriginalsKeyForReporter { get; set; }
    /// <summary>The earliest due date of the case's running clocks: what the inbox sorts and filters on.</summary>
    public DateOnly? DueOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    /// <summary>The approved conclusion's outcome, which the reporter also sees.</summary>
    public Cases.ConclusionOutcome? Outcome { get; set; }
    /// <summary>The reporter withdrew; the handler then decides whether to terminate (Law on Denunciations Art 33).</summary>
    public DateOnly? WithdrawnOn { get; set; }
    public Guid? MergedIntoId { get; set; }
    /// <summary>The retention period passed and every key, ciphertext and file was destroyed; the row is an auditable stub.</summary>
    public DateOnly? DestroyedOn { get; set; }
    public long Version { get; set; }
}

/// <summary>The identity key sealed to one custodian. Handlers get one only through an approved request.</summary>
public sealed class ReportIdentityKey
{
    public Guid ReportId { get; set; }
    public Guid UserId { get; set; }
    public required byte[] SealedKey { get; set; }
}

public sealed class ReportAttachment
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ReportId { get; set; }
    public Guid? MessageId { get; set; }
    /// <summary>Order within its upload (ids are random, so they cannot give it).</summary>
    public int Position { get; set; }
    /// <summary>Random file name in the data folder; says nothing about the file.</summary>
    public required string StoredName { get; set; }
    public long CiphertextLength { get; set; }
    public required byte[] EncryptedName { get; set; }
    public required byte[] EncryptedContentType { get; set; }
    /// <summary>The file's own key, encrypted under the report's content key (under the originals key for an original).</summary>
    public required byte[] FileKey { get; set; }
    public DateOnly AddedOn { get; set; }
    /// <summary>An original kept as evidence; its cleaned copy is <see cref="CleanedCopyId"/> (null when it could not be cleaned).</summary>
    public bool IsOriginal { get; set; }
    public Guid? CleanedCopyId { get; set; }
    /// <summary>What metadata was removed from this cleaned copy (JSON list of kinds, under the content key).</summary>
    public byte[]? EncryptedRemoved { get; set; }
}

public sealed class ReportMessage
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ReportId { get; set; }
    public MessageAuthor Author { get; set; }
    public Guid? AuthorUserId { get; set; }
    public DateOnly SentOn { get; set; }
    /// <summary>Orders messages within a day without recording the time of day.</summary>
    public long Sequence { get; set; }
    public required byte[] Body { get; set; }
}

public enum ReportChannel
{
    Denunciation = 0,
    GiftBribeAbuse = 1,
    Petition = 2,
}

public enum ReportTrack
{
    /// <summary>Law on Denunciations Art 25: no statutory clock; checked within the Department's authority.</summary>
    AnonymousInformation = 0,
    /// <summary>The reporter disclosed who they are: the statutory clock applies in full.</summary>
    IdentifiedDenunciation = 1,
    Petition = 2,
    /// <summary>A complaint about a decision or act affecting the complainant (Law on Complaints).</summary>
    Complaint = 3,
}

/// <summary>How the report reached the Department: the portal, or an officer recording it.</summary>
public enum ReportOrigin
{
    Online = 0,
    Phone = 1,
    InPerson = 2,
    Post = 3,
}

public enum MessageAuthor
{
    Reporter = 0,
    Handler = 1,
}
