using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Portal.Web.Components.Layout;
using Portal.Web.Infrastructure;

namespace Portal.Web.Tests.Components.Layout;

public sealed class IdleSignOutTests : PortalTestContext
{
    private readonly FakeTimeProvider clock = new();

    public IdleSignOutTests()
    {
        Services.AddSingleton<TimeProvider>(clock);
        Services.AddSingleton(Options.Create(new PortalOptions { IdleTimeoutMinutes = 20 }));
    }

    [Fact]
    public void IdleSignOut_SignsOut_WhenNoActivityForTimeout()
    {
        Render<IdleSignOut>(p => p.AddChildContent("<p>page</p>"));
        var navigation = Services.GetRequiredService<NavigationManager>();

        clock.Advance(TimeSpan.FromMinutes(20) + TimeSpan.FromSeconds(1));

        Assert.EndsWith("/account/logout", navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void IdleSignOut_StaysSignedIn_WhenPersonClicksBeforeTimeout()
    {
        var component = Render<IdleSignOut>(p => p.AddChildContent("<button id='work'>work</button>"));
        var navigation = Services.GetRequiredService<NavigationManager>();

        clock.Advance(TimeSpan.FromMinutes(15));
        component.Find(".idle-scope").Click();
        clock.Advance(TimeSpan.FromMinutes(15));

        Assert.DoesNotContain("/account/logout", navigation.Uri, StringComparison.Ordinal);
    }
}
