using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;

namespace Portal.Web.Features.Deadlines.Alerts;

/// <summary>The words of a notice, for the bell and for e-mail, in the reader's language.</summary>
public static class AlertTexts
{
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>One line: "PA-2026-000123 · Giải quyết tố cáo: quá hạn 2 ngày làm việc (hạn 03/12/2026)".</summary>
    public static string Headline(IStringLocalizer l, NotificationKind kind, string? caseCode, string? step, DateOnly? dueOn, int daysOverdue, int itemCount,
        DateOnly today)
    {
        if (kind == NotificationKind.Digest)
        {
            return l["Alerts.Digest.Title", itemCount];
        }

        var due = dueOn is { } d ? Date(d) : "";
        return daysOverdue > 0 ? l["Alerts.Notice.Overdue", caseCode ?? "", step ?? "", due, daysOverdue]
            : dueOn == today ? l["Alerts.Notice.DueToday", caseCode ?? "", step ?? "", due]
            : l["Alerts.Notice.Upcoming", caseCode ?? "", step ?? "", due];
    }

    public static string AssigneesLine(IStringLocalizer l, string? assignees) =>
        assignees is null ? l["Alerts.Notice.Unassigned"] : l["Alerts.Notice.Assignees", assignees];

    public static string Subject(IStringLocalizer l, AlertNotice notice, DateOnly today) =>
        $"[{l["App.Name"]}] {Headline(l, notice.Kind, notice.Subject, notice.Step(IsEnglish), notice.DueOn, notice.DaysOverdue, notice.Items.Count, today)}";

    /// <summary>Plain text: the facts of the notice, a link when the portal's address is configured, and a reminder that content stays in the portal.</summary>
    public static string Body(IStringLocalizer l, AlertNotice notice, DateOnly today, string? portalUrl)
    {
        var text = new StringBuilder();
        text.AppendLine(l["Alerts.Mail.Intro"]).AppendLine();
        var baseUrl = portalUrl?.TrimEnd('/');
        if (notice.Kind == NotificationKind.Digest)
        {
            text.AppendLine(Headline(l, notice.Kind, null, null, null, 0, notice.Items.Count, today)).AppendLine();
            foreach (var item in notice.Items)
            {
                text.AppendLine(CultureInfo.CurrentCulture, $"- {l["Alerts.Digest.Line", item.CaseCode, Date(item.DueOn)]}");
                if (baseUrl is not null)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"  {baseUrl}/cases/{item.ReportId}");
                }
            }
        }
        else
        {
            text.AppendLine(Headline(l, notice.Kind, notice.Subject, notice.Step(IsEnglish), notice.DueOn, notice.DaysOverdue, 0, today));
            // A duty is one person's own: the notice never names them (label, rule and date only).
            if (notice.DutyId is null)
            {
                text.AppendLine(AssigneesLine(l, notice.Assignees));
            }

            var link = notice.DutyId is null ? $"/cases/{notice.ReportId}" : notice.Link;
            if (baseUrl is not null && link is not null)
            {
                text.AppendLine().AppendLine(l["Alerts.Mail.Open", $"{baseUrl}{link}"]);
            }
        }

        text.AppendLine().AppendLine(l["Alerts.Mail.Footer"]);
        return text.ToString();
    }

    private static bool IsEnglish => UiLanguage.IsEnglish;
}
