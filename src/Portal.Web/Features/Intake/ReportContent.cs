namespace Portal.Web.Features.Intake;

/// <summary>What the reporter wrote, as one document encrypted under the report's content key.</summary>
public sealed record ReportContent
{
    public string WhatHappened { get; init; } = "";
    public string? When { get; init; }
    public string? Where { get; init; }
    public Guid? ConcernedUnitId { get; init; }
    public string? ConcernedUnitName { get; init; }
    public IReadOnlyList<PersonConcerned> Persons { get; init; } = [];
    public string? Amount { get; init; }
    public string? HowKnown { get; init; }
    public string? ProtectionDetails { get; init; }
}

/// <summary>A person the report concerns, kept structured so conflicts of interest can be matched later.</summary>
public sealed record PersonConcerned(string Name, string? Position, string? Unit);

/// <summary>Who the reporter is, when they choose to say: locked under the report's separate identity key.</summary>
public sealed record ReporterIdentity
{
    public string FullName { get; init; } = "";
    public string? Address { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? IdNumber { get; init; }
}
