namespace OpenData.Web;

/// <summary>Marker for the portal's texts: Resources/SharedResource.resx (Vietnamese, the default) and .en.resx.</summary>
public sealed class SharedResource;
