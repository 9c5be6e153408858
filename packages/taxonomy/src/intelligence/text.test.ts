import { describe, expect, it } from 'vitest';
import { labelKey, looksEnglish, stem, textReading, tokenize } from './text.ts';

describe('tokenize', () => {
  it('keeps offsets into the original text, also after accents', () => {
    const text = 'Café-owner knows C++ & C#.';
    expect(tokenize(text).map((t) => [t.norm, text.slice(t.start, t.end)])).toEqual([
      ['cafe', 'Café'],
      ['owner', 'owner'],
      ['knows', 'knows'],
      ['c++', 'C++'],
      ['c#', 'C#'],
    ]);
  });
});

describe('stem', () => {
  it('brings inflections and common derivations together', () => {
    expect(stem('managing')).toBe(stem('manage'));
    expect(stem('management')).toBe(stem('manage'));
    expect(stem('databases')).toBe(stem('database'));
    expect(stem('communication')).toBe(stem('communicate'));
    expect(stem('java')).toBe('java');
  });
});

describe('labelKey', () => {
  it('normalises case, accents and punctuation', () => {
    expect(labelKey('  Node.JS / Résumé ')).toBe('node js resume');
  });
});

describe('looksEnglish', () => {
  it('accepts English prose and bare skill lists', () => {
    expect(looksEnglish('We need an engineer who knows the cloud.')).toBe(true);
    expect(looksEnglish('javascript reactjs java')).toBe(true);
  });
  it('rejects other scripts and other languages', () => {
    expect(looksEnglish('Разработчик программного обеспечения')).toBe(false);
    expect(looksEnglish('Wir suchen einen Entwickler mit Erfahrung in der Programmierung und mit Datenbanken für das Team')).toBe(false);
  });
});

describe('textReading', () => {
  it('reads English as English and Cyrillic text for its Latin-script names', () => {
    expect(textReading('We need an engineer who knows the cloud.')).toBe('english');
    expect(textReading('Имам опит с JavaScript, Python, PostgreSQL и Git, както и с Kubernetes (k8s).')).toBe('latin-names');
    expect(textReading('Работя с React от три години и харесвам работата в екип.')).toBe('latin-names');
  });
  it('reads Cyrillic prose without Latin-script words for names too, and finds none', () => {
    expect(textReading('Търсим програмист с опит в разработката на уеб приложения.')).toBe('latin-names');
  });
  it('does not read text it cannot tell names in', () => {
    expect(textReading('Wir suchen einen Entwickler mit Erfahrung in der Programmierung und mit Datenbanken für das Team')).toBe('none');
    expect(textReading('  ')).toBe('none');
  });
});
