import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ESCO_DIR, ESCO_ARCHIVES, EscoChecksumError, readEscoArchive, type EscoArchive } from './esco-archive.ts';

describe('readEscoArchive', () => {
  let archive: EscoArchive;
  beforeAll(() => {
    archive = readEscoArchive();
  }, 60_000);

  it('parses every row of the official CSVs', () => {
    expect(archive.version).toBe('v1.1.1');
    expect(archive.skills).toHaveLength(13_896);
    expect(archive.skillGroups).toHaveLength(640);
    expect(archive.occupations).toHaveLength(3_007);
    expect(archive.hierarchy).toHaveLength(20_656);
    expect(archive.occupationSkills).toHaveLength(123_855);
    expect(archive.skillRelations).toHaveLength(5_899);
    expect(archive.checksums).toEqual({
      [ESCO_ARCHIVES.classification.file]: ESCO_ARCHIVES.classification.md5,
      [ESCO_ARCHIVES.relations.file]: ESCO_ARCHIVES.relations.md5,
      [ESCO_ARCHIVES.occupationsBg.file]: ESCO_ARCHIVES.occupationsBg.md5,
    });
  });

  it('splits multi-valued labels and keeps typed fields', () => {
    const skill = archive.skills.find((s) => s.uri === 'http://data.europa.eu/esco/skill/0005c151-5b5a-4a66-8aac-60e734beb1ab');
    expect(skill).toMatchObject({ preferredLabel: 'manage musical staff', type: 'skill/competence', reuseLevel: 'sector-specific' });
    expect(skill?.altLabels).toContain('coordinate duties of musical staff');
    expect(archive.skills.reduce((n, s) => n + s.altLabels.length, 0)).toBe(97_483);

    const occupation = archive.occupations.find((o) => o.preferredLabel === 'technical director');
    expect(occupation).toMatchObject({ iscoGroup: '2654', code: '2654.1.7' });
  });

  it('holds every occupation label in a language: English from the release, Bulgarian from its Bulgarian version', () => {
    const bulgarian = archive.occupationLabels.filter((l) => l.language === 'bg');
    expect(bulgarian).toHaveLength(20_417);
    expect(new Set(bulgarian.filter((l) => l.kind === 'preferred').map((l) => l.occupationUri)).size).toBe(2_939);
    const english = archive.occupationLabels.filter((l) => l.language === 'en');
    expect(english.filter((l) => l.kind === 'preferred')).toHaveLength(3_007);
    const director = archive.occupations.find((o) => o.preferredLabel === 'technical director');
    expect(archive.occupationLabels.filter((l) => l.occupationUri === director?.uri && l.language === 'bg').map((l) => [l.kind, l.label])).toEqual([
      ['preferred', 'технически режисьор'],
      ['alternative', 'главен технически режисьор'],
      ['alternative', 'главна техническа режисьорка'],
      ['alternative', 'оператор, електронна аудио-визуална техника'],
      ['alternative', 'техническа режисьорка'],
    ]);
  });

  it('derives the hierarchy kinds from the concept types', () => {
    const kinds = new Set(archive.hierarchy.map((e) => `${e.narrowerKind}>${e.broaderKind}`));
    expect(kinds).toEqual(new Set(['skill>group', 'skill>skill', 'group>group']));
    expect(archive.hierarchy.filter((e) => e.narrowerKind === 'skill' && e.broaderKind === 'group')).toHaveLength(13_448);
  });
});

describe('archive checksums', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'esco-'));
    copyFileSync(join(fileURLToPath(DEFAULT_ESCO_DIR), ESCO_ARCHIVES.classification.file), join(dir, ESCO_ARCHIVES.classification.file));
    writeFileSync(join(dir, ESCO_ARCHIVES.relations.file), 'not the real archive');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses an archive whose md5 differs, naming the file and both checksums', () => {
    const attempt = () => readEscoArchive(dir);
    expect(attempt).toThrow(EscoChecksumError);
    expect(attempt).toThrow(ESCO_ARCHIVES.relations.file);
    expect(attempt).toThrow(`expected ${ESCO_ARCHIVES.relations.md5}`);
    expect(attempt).toThrow(`has md5 ${createHash('md5').update('not the real archive').digest('hex')}`);
  });
});
