using System.Text;
using Microsoft.Extensions.Localization;

namespace Portal.Web.Features.Cases;

/// <summary>
/// The redacted case file that leaves the portal (for verifiers, or a body the case is forwarded to): identity
/// fields are never part of it, as the Law on Denunciations requires before files go to verifiers.
/// </summary>
public static class CaseExport
{
    public static string Render(CaseFile file, IStringLocalizer l)
    {
        var r = file.Report;
        var text = new StringBuilder();
        text.AppendLine($"{l["App.Name"]} · {r.CaseCode}");
        text.AppendLine(l["Cases.Export.Redacted"]);
        text.AppendLine();
        Line(text, l["Cases.Stage"], l[$"Cases.Stage.{r.Stage}"]);
        Line(text, l["Intake.Mailbox.Track"], l[$"Intake.Track.{r.Track}"]);
        Line(text, l["Intake.Review.Channel"], l[$"Intake.Channel.{r.Channel}"]);
        Line(text, l["Intake.Mailbox.Received"], r.ReceivedOn.ToString("dd/MM/yyyy"));
        text.AppendLine();
        Line(text, l["Intake.Field.What"], r.Content.WhatHappened);
        Line(text, l["Intake.Field.When"], r.Content.When);
        Line(text, l["Intake.Field.Where"], r.Content.Where);
        Line(text, l["Intake.Field.Unit"], r.Content.ConcernedUnitName);
        foreach (var p in r.Content.Persons)
        {
            Line(text, l["Intake.Field.Persons"], string.Join(", ", new[] { p.Name, p.Position, p.Unit }.Where(s => !string.IsNullOrEmpty(s))));
        }

        Line(text, l["Intake.Field.Amount"], r.Content.Amount);
        Line(text, l["Intake.Field.HowKnown"], r.Content.HowKnown);
        foreach (var a in r.Attachments)
        {
            Line(text, l["Cases.Files"], a.Name);
        }

        text.AppendLine().AppendLine(l["Cases.History"]);
        foreach (var e in file.Events)
        {
            text.AppendLine($"- {e.At.ToOffset(DepartmentDate.Offset):dd/MM/yyyy} {l[$"Cases.Action.{e.Action}"]}{(e.LegalGround is null ? "" : $" ({e.LegalGround})")}");
            if (e.Detail.Reason is { Length: > 0 } reason)
            {
                text.AppendLine($"  {reason}");
            }

            if (e.Detail.Findings is { } findings)
            {
                text.AppendLine($"  {findings}");
            }
        }

        foreach (var a in file.Actions)
        {
            Line(text, l[$"Cases.ActionKind.{a.Kind}"], a.Description + (a.DoneOn is { } d ? $" ({l["Cases.DoneOn", d.ToString("dd/MM/yyyy")]})" : ""));
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            text.AppendLine($"{label}: {value}");
        }
    }
}
