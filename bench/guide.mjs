/**
 * A synthetic study guide of about `chars` characters for the import bench:
 * every shape at once (week headings with labels, nested task lists, emoji
 * checkboxes, schedule and progress tables, HTML, reference links, long
 * paragraphs), Korean and English mixed, so no single construct dominates.
 */
export function writeGuideText(chars) {
  const parts = ['<h1 align="center">벤치마크 스터디 가이드</h1>\n\n<p align="center"><a href="https://example.com/en">English</a> | <a href="README.ko.md">한국어</a></p>\n\n'];
  let length = parts[0].length;
  for (let w = 1; length < chars; w++) {
    const lines = [`## ${w}주차: 주제 ${w} — Topic ${w}`, '', `이번 주에는 모델 배포와 모니터링을 다룹니다. We read [the chapter][ref${w}] and try the [docs](https://example.com/docs/${w}).  `, `두 번째 줄은 강제 줄바꿈 뒤에 옵니다.`, ''];
    for (let i = 0; i < 6; i++) lines.push(`- [${i % 3 ? ' ' : 'x'}] 과제 ${w}.${i}: run \`mlops-study check\` and write notes`, `  - [ ] 하위 과제 ${w}.${i}`);
    lines.push('- [✅] 이모지 체크박스', '- ⬜ 아직 안 한 일', '- [과제] 블로그 글', '');
    lines.push('| 장 | 제목 | 완료 |', '|---|---|---|');
    for (let i = 0; i < 4; i++) lines.push(`| ${i + 1}장 | 챕터 ${w}-${i} | ${i % 2 ? '[✅]' : '[ ]'} |`);
    lines.push('', `> [!NOTE]`, `> 참고: week ${w} has a quiz.`, '', '```bash', `dvc repro stage-${w}`, '```', '');
    lines.push(`${'긴 문단의 문장입니다. This is a long paragraph sentence with *emphasis* and **bold**. '.repeat(8)}`, '');
    lines.push(`[ref${w}]: https://example.com/ref/${w}`, '');
    const text = lines.join('\n') + '\n';
    parts.push(text);
    length += text.length;
  }
  parts.push('## FAQ\n\n질문이 있으면 이슈를 여세요.\n\n## License\n\nMIT\n');
  return parts.join('');
}
