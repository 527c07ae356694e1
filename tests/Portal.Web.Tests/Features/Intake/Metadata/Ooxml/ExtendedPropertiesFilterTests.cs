using System.Text;
using Portal.Web.Features.Intake.Metadata;
using Portal.Web.Features.Intake.Metadata.Common;
using Portal.Web.Features.Intake.Metadata.Ooxml;

namespace Portal.Web.Tests.Features.Intake.Metadata.Ooxml;

public class ExtendedPropertiesFilterTests
{
    private const string Ep = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";

    [Fact]
    public void Rewrite_DropsEmptyPropertiesWithoutReportingThem_WhenOnlySomeHaveValues()
    {
        var removed = new RemovedMetadataCollector();
        using var output = new MemoryStream();
        var input = $"<Properties xmlns=\"{Ep}\"><Template></Template><Company/><Pages>2</Pages><Manager>Lê Văn C</Manager></Properties>";

        XmlPartRewriter.Rewrite(new MemoryStream(Encoding.UTF8.GetBytes(input)), output, new ExtendedPropertiesFilter(removed));

        Assert.EndsWith($"<Properties xmlns=\"{Ep}\"><Pages>2</Pages></Properties>", Encoding.UTF8.GetString(output.ToArray()), StringComparison.Ordinal);
        Assert.Equal([new RemovedMetadata(MetadataKind.Author, "manager name")], removed.ToList());
    }
}
