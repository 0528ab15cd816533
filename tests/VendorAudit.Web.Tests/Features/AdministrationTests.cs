using System.Net;
using Microsoft.EntityFrameworkCore;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Features;

[TestFixture]
public sealed class AdministrationTests : PortalFixture
{
    [Test]
    public async Task An_admin_adds_a_vendor_and_its_user_who_then_sees_only_that_vendor()
    {
        using var admin = await Portal.Visit().SignedInAsync(Demo.Admin);
        var created = await admin.PostFormAsync("/vendors/new",
            new() { ["Code"] = "harbour", ["Name"] = "Harbour Contact", ["Country"] = "Ireland" }, "/vendors/new");
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var user = await admin.PostFormAsync("/admin/users/new", new()
        {
            ["Email"] = "lead@harbour.example", ["DisplayName"] = "Harbour lead", ["Role"] = "Vendor",
            ["VendorCode"] = "HARBOUR", ["Password"] = "Harbour-2026!",
        }, "/admin/users/new");
        user.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var vendorUser = Portal.Visit();
        (await vendorUser.SignInAsync("lead@harbour.example", "Harbour-2026!")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var vendors = await vendorUser.Client.GetStringAsync("/vendors");
        vendors.ShouldContain("Harbour Contact");
        vendors.ShouldNotContain("ATLAS");
    }

    [Test]
    public async Task A_duplicate_vendor_code_is_refused_with_a_clear_message()
    {
        using var admin = await Portal.Visit().SignedInAsync(Demo.Admin);
        var response = await admin.PostFormAsync("/vendors/new",
            new() { ["Code"] = "ATLAS", ["Name"] = "Another Atlas", ["Country"] = "France" }, "/vendors/new");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("A vendor with the code ATLAS already exists.");
    }

    [Test]
    public async Task A_vendor_user_without_a_vendor_is_refused_naming_the_field()
    {
        using var admin = await Portal.Visit().SignedInAsync(Demo.Admin);
        var response = await admin.PostFormAsync("/admin/users/new", new()
        {
            ["Email"] = "orphan@example.org", ["DisplayName"] = "Orphan", ["Role"] = "Vendor", ["Password"] = "Orphan-2026!",
        }, "/admin/users/new");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("vendor: a vendor user needs a vendor code.");
        (await Portal.QueryAsync(db => db.Users.AnyAsync(u => u.Email == "orphan@example.org"))).ShouldBeFalse();
    }

    [TestCase(Demo.Auditor)]
    [TestCase(Demo.Procurement)]
    [TestCase("northwind@vendoraudit.test")]
    public async Task Only_admins_reach_user_and_vendor_administration(string email)
    {
        using var visitor = await Portal.Visit().SignedInAsync(email);
        foreach (var path in new[] { "/admin/users", "/admin/users/new", "/vendors/new" })
        {
            var response = await visitor.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, path);
            response.Headers.Location!.ToString().ShouldContain("/account/access-denied");
        }
        var post = await visitor.PostFormAsync("/vendors/new", new() { ["Code"] = "SNEAKY", ["Name"] = "Sneaky", ["Country"] = "X" });
        post.Headers.Location!.ToString().ShouldContain("/account/access-denied");
        (await Portal.QueryAsync(db => db.Vendors.AnyAsync(v => v.Code == "SNEAKY"))).ShouldBeFalse();
    }
}
