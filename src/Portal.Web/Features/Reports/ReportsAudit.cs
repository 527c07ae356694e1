namespace Portal.Web.Features.Reports;

/// <summary>Who generated which report and in which form. Details carry the period and reference only.</summary>
public static class ReportsAudit
{
    public const string Generated = "report.generated";
    public const string Exported = "report.exported";
    public const string Printed = "report.printed";
    public const string Refused = "report.refused";

    public static IReadOnlyList<string> All { get; } = [Generated, Exported, Printed, Refused];
}
