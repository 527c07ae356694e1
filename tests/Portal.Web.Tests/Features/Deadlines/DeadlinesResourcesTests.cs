using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Portal.Web.Features.Deadlines.Calendar;
using Portal.Web.Features.Deadlines.Rules;

namespace Portal.Web.Tests.Features.Deadlines;

/// <summary>The calendar and rules pages build some keys from enum names; each must exist in both languages.</summary>
public sealed class DeadlinesResourcesTests
{
    private static HashSet<string> Keys(string culture, [CallerFilePath] string file = "") =>
        XDocument.Load(Path.Combine(Path.GetDirectoryName(file)!, "..", "..", "..", "..", "src", "Portal.Web", "Resources", $"SharedResource{culture}.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

    [Theory]
    [InlineData("")]
    [InlineData(".en")]
    public void Resources_CoverEnumTexts_ForOverrideKindsHolidayKindsAndUnits(string culture)
    {
        var expected = Enum.GetNames<CalendarOverrideKind>().Select(k => $"Calendar.Kind.{k}")
            .Concat(Enum.GetNames<HolidayKind>().Select(k => $"Calendar.HolidayKind.{k}"))
            .Concat(Enum.GetNames<DurationUnit>().Select(u => $"Rules.Unit.{u}"));

        Assert.Empty(expected.Except(Keys(culture)));
    }
}
