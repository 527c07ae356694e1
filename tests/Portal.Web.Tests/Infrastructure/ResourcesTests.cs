using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>Every text the code asks for exists in Vietnamese and English, so no page shows a bare key.</summary>
public sealed partial class ResourcesTests
{
    private static string SourceRoot([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", "..", "..", "src", "Portal.Web"));

    private static HashSet<string> Keys(string culture)
    {
        var file = Path.Combine(SourceRoot(), "Resources", $"SharedResource{culture}.resx");
        return XDocument.Load(file).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
    }

    [Fact]
    public void Resources_HaveSameKeys_InVietnameseAndEnglish()
    {
        var vi = Keys("");
        var en = Keys(".en");

        Assert.Empty(vi.Except(en));
        Assert.Empty(en.Except(vi));
    }

    [Fact]
    public void Resources_ContainEveryKeyTheCodeUses_WhenLiteral()
    {
        var known = Keys("");
        var used = Directory.EnumerateFiles(SourceRoot(), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => LiteralKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(used);
        Assert.Empty(used.Except(known));
    }

    [Fact]
    public void Resources_CoverEnumTexts_ForRolesUnitKindsCodeErrorsAndAuditActions()
    {
        var known = Keys("");
        var expected = Portal.Web.Features.Accounts.Roles.All.Select(r => $"Role.{r}")
            .Concat(Enum.GetNames<Portal.Web.Features.Organisation.UnitKind>().Select(k => $"UnitKind.{k}"))
            .Concat(Enum.GetNames<Portal.Web.Features.Organisation.UnitRole>().Select(k => $"UnitRole.{k}"))
            .Concat(Enum.GetNames<Portal.Crypto.CodeError>().Select(k => $"Code.{k}"))
            .Concat(Enum.GetNames<Portal.Web.Features.Intake.Metadata.MetadataKind>().Select(k => $"Metadata.{k}"))
            .Concat(Portal.Web.Features.Audit.AuditActions.All.Select(a => $"AuditAction.{a}"))
            // Case steps are labelled from their action's text; every other case and identity action has its own.
            .Concat(Portal.Web.Features.Cases.CaseAudit.All.Where(a => Portal.Web.Features.Cases.CaseAudit.StepOf(a) is null).Select(a => $"AuditAction.{a}"));

        Assert.Empty(expected.Except(known));
    }

    [Fact]
    public void Resources_CoverCaseTexts_ForEveryStageActionAndStatusTheReporterSees()
    {
        var known = Keys("");
        var expected = Names<Portal.Web.Features.Cases.CaseStage>("Cases.Stage")
            .Concat(Names<Portal.Web.Features.Cases.CaseAction>("Cases.Action"))
            .Concat(Names<Portal.Web.Features.Cases.ActionKind>("Cases.ActionKind"))
            .Concat(Names<Portal.Web.Features.Cases.NoteKind>("Cases.NoteKind"))
            .Concat(Names<Portal.Web.Features.Cases.ConclusionOutcome>("Cases.Outcome"))
            .Concat(Names<Portal.Web.Features.Cases.CaseLevel>("Cases.Level"))
            .Concat(Names<Portal.Web.Features.Cases.ProtectionState>("Cases.Protection"))
            .Concat(Names<Portal.Web.Features.Cases.CaseAccess>("Cases.Access"))
            .Concat(Names<Portal.Web.Features.Intake.ReportOrigin>("Assisted.Origin"))
            .Concat(Names<Portal.Web.Features.Intake.ReportTrack>("Intake.Track"))
            .Concat(Enum.GetValues<Portal.Web.Features.Cases.CaseStage>().SelectMany(s =>
                new[] { Portal.Web.Features.Cases.PublicStatus.KeyOf(s, false), Portal.Web.Features.Cases.PublicStatus.KeyOf(s, true) }));

        Assert.Empty(expected.Except(known));
    }

    private static IEnumerable<string> Names<T>(string prefix) where T : struct, Enum => Enum.GetNames<T>().Select(n => $"{prefix}.{n}");

    [GeneratedRegex("""\b[Ll]\["([A-Za-z]+\.[A-Za-z.]+)"[,\]]""")]
    private static partial Regex LiteralKey();
}
