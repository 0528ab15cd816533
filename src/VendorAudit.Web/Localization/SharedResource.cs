namespace VendorAudit.Web;

/// <summary>Marker for the portal's strings: English text is the key, French lives in Resources/SharedResource.fr.resx.</summary>
public sealed class SharedResource;
