using Bunit;
using Portal.Web.Components.Layout;
using Portal.Web.Features.Accounts;

namespace Portal.Web.Tests.Components.Layout;

public sealed class NavMenuTests : PortalTestContext
{
    [Fact]
    public void NavMenu_ShowsAdministration_WhenAdministrator()
    {
        Auth.SetAuthorized("admin");
        Auth.SetRoles(Roles.Administrator);

        var menu = RenderWithProviders<NavMenu>();

        Assert.Contains("Quản trị", menu.Markup, StringComparison.Ordinal);
        Assert.NotNull(menu.Find("a[href='/admin/accounts']"));
        Assert.Contains("Nhật ký hoạt động", menu.Find("a[href='/admin/audit']").TextContent, StringComparison.Ordinal);
        Assert.Contains("Lịch làm việc", menu.Find("a[href='/admin/calendar']").TextContent, StringComparison.Ordinal);
        Assert.Contains("Quy tắc thời hạn", menu.Find("a[href='/admin/deadline-rules']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void NavMenu_HidesAdministration_WhenStaff()
    {
        Auth.SetAuthorized("staff");
        Auth.SetRoles(Roles.Staff);

        var menu = RenderWithProviders<NavMenu>();

        Assert.Empty(menu.FindAll("a[href^='/admin']"));
        Assert.NotNull(menu.Find("a[href='/organisation']"));
    }

    [Fact]
    public void NavMenu_ShowsDashboard_WhenLeaderOnly()
    {
        Auth.SetAuthorized("director");
        Auth.SetRoles(Roles.Leader);

        var menu = RenderWithProviders<NavMenu>();

        Assert.Contains("Bảng điều hành", menu.Find("a[href='/dashboard']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void NavMenu_HidesDashboard_WhenHandler()
    {
        Auth.SetAuthorized("handler");
        Auth.SetRoles(Roles.Handler);

        var menu = RenderWithProviders<NavMenu>();

        Assert.Empty(menu.FindAll("a[href='/dashboard']"));
    }
}
