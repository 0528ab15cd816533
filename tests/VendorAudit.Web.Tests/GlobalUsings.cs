global using Microsoft.Extensions.Hosting;
global using NUnit.Framework;
global using Shouldly;
