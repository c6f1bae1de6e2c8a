# Build PartnerCheck for Windows: the one-folder bundle and (with Inno Setup 6) the installer.
# Run in PowerShell from the repository, on a 64-bit Windows 10/11 build machine with
# Python 3.11-3.14 (python.org installer) and, for the installer, Inno Setup 6 (iscc.exe):
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Output: dist\PartnerCheck\ (partnercheck.exe, partnercheck-gui.exe, _internal\) and
#         dist\PartnerCheck-<version>-setup.exe
# Signing (Authenticode) comes after this: see docs\install-windows.md.
#
# Not tested here: written on Linux, where the Windows build cannot run.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

if (-not (Test-Path .venv-build)) { py -3.11 -m venv .venv-build }
. .venv-build\Scripts\Activate.ps1
python -m pip install --upgrade pip
python -m pip install ".[bundle]"

$version = (Select-String -Path src\partnercheck\__init__.py -Pattern '__version__ = "(.+)"').Matches[0].Groups[1].Value
python -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\partnercheck.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# Smoke test of the bundle, offline by design: version, checklist, the window (offscreen).
& dist\PartnerCheck\partnercheck.exe --version
& dist\PartnerCheck\partnercheck.exe checklist --json | Out-Null
if ($LASTEXITCODE -ne 0) { throw "the bundled command line failed" }
$env:QT_QPA_PLATFORM = "offscreen"; $env:PARTNERCHECK_STARTUP_MARK = "exit"
$env:PARTNERCHECK_DB = Join-Path $env:TEMP "partnercheck-smoke.sqlite3"
& dist\PartnerCheck\partnercheck.exe --db $env:PARTNERCHECK_DB
if ($LASTEXITCODE -ne 0) { throw "the bundled window failed to start" }
Remove-Item Env:QT_QPA_PLATFORM, Env:PARTNERCHECK_STARTUP_MARK, Env:PARTNERCHECK_DB

$iscc = Get-Command iscc.exe -ErrorAction SilentlyContinue
if (-not $iscc) { $iscc = Get-Item "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" -ErrorAction SilentlyContinue }
if ($iscc) {
    & $iscc "/DAppVersion=$version" packaging\windows\partnercheck.iss
    if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
} else {
    Write-Warning "Inno Setup 6 not found: bundle built, installer not. Install it and run iscc packaging\windows\partnercheck.iss"
}
