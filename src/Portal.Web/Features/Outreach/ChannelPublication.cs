namespace Portal.Web.Features.Outreach;

public enum PublicationMedium
{
    Website = 0,
    NoticeBoard = 1,
    Meeting = 2,
    Leaflet = 3,
    Other = 9,
}

/// <summary>
/// Where and when the whistleblower channel's address and guidance were published (Law on Denunciations and
/// Law on Anti-corruption: the Department must make the way to report known): the Department's website, the
/// notice board of each hospital, a staff meeting. The Department's own record, not a public page.
/// </summary>
public sealed class ChannelPublication
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UnitId { get; set; }
    public PublicationMedium Medium { get; set; }
    /// <summary>Where exactly: "Bảng tin sảnh khoa Khám bệnh", a web address.</summary>
    public required string Location { get; set; }
    public DateOnly PublishedOn { get; set; }
    public DateOnly? WithdrawnOn { get; set; }
    public Guid RecordedBy { get; set; }
}
