using Bunit;
using Portal.Web.Features.Organisation;

namespace Portal.Web.Tests.Features.Organisation;

public sealed class UnitTreeTests : PortalTestContext
{
    private static UnitNode Node(string name, int depth, string? head = null, params string[] deputies) =>
        new(Guid.NewGuid(), name[..3], name, null, UnitKind.Hospital, null, depth, true, true, 0, head, deputies, 3);

    [Fact]
    public void UnitTree_IndentsChildrenAndNamesHeads_WhenNodesGiven()
    {
        var tree = Render<UnitTree>(p => p.Add(c => c.Nodes,
        [
            Node("Sở Y tế", 0, "Nguyễn Văn Hùng", "Trần Thị Mai"),
            Node("Bệnh viện Đa khoa", 1, "Lương Văn Khánh"),
        ]));

        Assert.Equal("Bệnh viện Đa khoa", tree.Find(".indent-1").TextContent);
        Assert.Contains("Nguyễn Văn Hùng", tree.Markup, StringComparison.Ordinal);
        Assert.Contains("Trần Thị Mai", tree.Markup, StringComparison.Ordinal);
        Assert.Contains("Bệnh viện", tree.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void UnitTree_ExplainsWhatToDo_WhenNoUnits()
    {
        var tree = Render<UnitTree>(p => p.Add(c => c.Nodes, []));

        Assert.Contains("Chưa có đơn vị nào", tree.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void UnitTree_HidesEditButtons_WhenReadOnly()
    {
        var tree = Render<UnitTree>(p => p.Add(c => c.Nodes, [Node("Sở Y tế", 0)]));

        Assert.Empty(tree.FindAll("button[aria-label='Sửa']"));
    }
}
