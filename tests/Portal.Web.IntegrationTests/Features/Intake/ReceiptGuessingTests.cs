using System.Net;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Intake;

public sealed class ReceiptGuessingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task GuessingBurst_IsThrottled_WithoutServerErrors()
    {
        var client = factory.CreateBrowserlessClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 70; i++)
        {
            var guess = Portal.Crypto.Receipt.Generate().FormatForDisplay();
            statuses.Add((await client.PostToAsync("/follow-up", "/follow-up/open", new Dictionary<string, string> { ["receipt"] = guess })).StatusCode);
        }

        Assert.DoesNotContain(statuses, s => (int)s >= 500);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.NotFound or HttpStatusCode.TooManyRequests, s.ToString()));
    }
}
