namespace Portal.Web.Features.Reports;

/// <summary>Who generated which report and in which form. Details carry the period and reference only.</summary>
public static class ReportsAudit
{
    public const string Generated = "periodic-report.generated";
    public const string Exported = "periodic-report.exported";
    public const string Printed = "periodic-report.printed";
    public const string Refused = "periodic-report.refused";

    public static IReadOnlyList<string> All { get; } = [Generated, Exported, Printed, Refused];
}
