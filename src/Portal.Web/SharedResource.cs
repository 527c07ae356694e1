using System.Resources;

[assembly: NeutralResourcesLanguage("vi")]

namespace Portal.Web;

/// <summary>
/// Anchor type for the portal's texts (Resources/SharedResource.resx is Vietnamese, the default;
/// SharedResource.en.resx is English).
/// </summary>
public sealed class SharedResource;
