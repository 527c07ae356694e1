namespace Portal.Web.Features.Accountability;

/// <summary>A person a writer can pick on the page; <see cref="IsHead"/> marks heads and deputies (heads' responsibility).</summary>
public sealed record StaffOption(Guid Id, string Name, string Unit, bool IsHead);
