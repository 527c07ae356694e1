using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Portal.Web.Features.Integrity;
using Portal.Web.Features.Integrity.Conflicts;
using Portal.Web.Features.Integrity.Declarations;
using Portal.Web.Features.Integrity.Gifts;
using Portal.Web.Features.Integrity.Policies;

namespace Portal.Web.Tests.Features.Integrity;

/// <summary>Every refusal a service can return, every enum the pages label and every audited action has a Vietnamese text.</summary>
public sealed partial class IntegrityResourcesTests
{
    private static string Source([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", "..", "..", "..", "src", "Portal.Web"));

    private static Dictionary<string, string> Texts(string culture) =>
        XDocument.Load(Path.Combine(Source(), "Resources", $"SharedResource{culture}.resx")).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);

    [Fact]
    public void Resources_ContainEveryProblemKey_ReturnedByIntegrityServices()
    {
        var vi = Texts("");
        var keys = Directory.EnumerateFiles(Path.Combine(Source(), "Features", "Integrity"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => ProblemKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).ToHashSet();

        Assert.Contains("Declarations.Error.Locked", keys);
        Assert.Empty(keys.Except(vi.Keys));
    }

    [Fact]
    public void Resources_CoverIntegrityEnumsAndAuditActions_InVietnamese()
    {
        var vi = Texts("");
        var expected = Names<DeclarationKind>("Declarations.Kind").Concat(Names<DeclarationStatus>("Declarations.Status"))
            .Concat(Names<ChangeOutcome>("Declarations.Change")).Concat(Names<AssetCategory>("Declarations.Category"))
            .Concat(Names<AssetOwner>("Declarations.Owner")).Concat(Names<PublicationMethod>("Declarations.Publication"))
            .Concat(Names<DeclarationAccess>("Declarations.Access")).Concat(Names<GiftDisposition>("Gifts.Disposition"))
            .Concat(Names<ConflictDecision>("Conflicts.Decision")).Concat(Names<PolicyAudience>("Policies.Audience"))
            .Concat(Names<Portal.Web.Features.Organisation.SensitivePost>("Integrity.Post"))
            .Concat(IntegrityAudit.All.Select(a => $"AuditAction.{a}"));

        Assert.Empty(expected.Except(vi.Keys));
        // Vietnamese, not English copied over: the refusal for editing after submission carries diacritics.
        Assert.Contains("không được sửa", vi["Declarations.Error.Locked"], StringComparison.Ordinal);
    }

    private static IEnumerable<string> Names<T>(string prefix) where T : struct, Enum => Enum.GetNames<T>().Select(n => $"{prefix}.{n}");

    [GeneratedRegex("""
        "((?:Declarations|Gifts|Conflicts|Policies|Draw|Integrity)\.(?:Error|Access)\.[A-Za-z]+)"
        """)]
    private static partial Regex ProblemKey();
}
